import sys

from annotator.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):  # a frozen build's detection workers start here on Windows and macOS (spawn)
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
