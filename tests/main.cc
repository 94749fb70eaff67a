// Catch2 test runner for jtai_tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
