# The lib/ unit tests: every GoogleTest case is one lit test. This suite's
# root is the build directory that holds the test binary.
import lit.formats

config.name = "iis-tidy-unit"
config.test_format = lit.formats.GoogleTest(".", "Tests")
config.test_source_root = config.unit_test_dir
config.test_exec_root = config.unit_test_dir
