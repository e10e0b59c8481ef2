# SPDX-FileCopyrightText: 2026 Snapdock developers
# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries every compile option; every Snapdock target links it.

add_library(snapdock_options INTERFACE)
target_compile_features(snapdock_options INTERFACE cxx_std_20)
target_compile_definitions(snapdock_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_include_directories(snapdock_options INTERFACE "${PROJECT_SOURCE_DIR}/app")

option(SNAPDOCK_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
if(MSVC)
    target_compile_options(snapdock_options INTERFACE /W4 /permissive- /utf-8)
    if(SNAPDOCK_WARNINGS_AS_ERRORS)
        target_compile_options(snapdock_options INTERFACE /WX)
    endif()
else()
    target_compile_options(snapdock_options INTERFACE -Wall -Wextra -Wpedantic)
    if(SNAPDOCK_WARNINGS_AS_ERRORS)
        target_compile_options(snapdock_options INTERFACE -Werror)
    endif()
endif()

option(SNAPDOCK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(SNAPDOCK_SANITIZE AND NOT MSVC)
    target_compile_options(snapdock_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(snapdock_options INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer targets (tests/fuzz) need clang; everything is instrumented for coverage and checked by ASan/UBSan.
option(SNAPDOCK_BUILD_FUZZERS "Build the libFuzzer targets (needs clang)" OFF)
if(SNAPDOCK_BUILD_FUZZERS)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SNAPDOCK_BUILD_FUZZERS needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    target_compile_options(snapdock_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(snapdock_options INTERFACE -fsanitize=address,undefined)
endif()
