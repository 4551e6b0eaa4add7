"""kiosk: a touchscreen museum exhibition viewer built on PySide6 and Qt Quick.

``kiosk.content`` loads and validates an exhibition's YAML content and imports
no Qt; the rest of the package is the Qt application that shows it.
"""

# The one place the version is written: pyproject.toml reads it from here. A literal,
# not importlib.metadata, because that import alone costs ~60 ms of every cold start.
__version__ = "0.1.0"
