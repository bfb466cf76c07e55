import multiprocessing
import sys

from annotator.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a frozen build's detection workers start here on Windows and macOS (spawn)
    sys.exit(main())
