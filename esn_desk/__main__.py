import sys

from esn_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
