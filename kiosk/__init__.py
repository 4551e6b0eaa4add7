"""kiosk: a touchscreen museum exhibition viewer built on PySide6 and Qt Quick.

``kiosk.content`` loads and validates an exhibition's YAML content and imports
no Qt; the rest of the package is the Qt application that shows it.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kiosk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
