"""The content engine: schema, safe YAML loading and validation. Imports no Qt.

Everything a curator writes passes through :func:`load_exhibition`, which
returns a :class:`Report` with every problem found and, when there are no
errors, the :class:`Exhibition` ready to show.
"""

from kiosk.content.exhibition import Exhibition, Report, Stats, load_exhibition
from kiosk.content.problems import ContentError, Location, Problem, Severity
from kiosk.content.text import Text

__all__ = [
    "ContentError",
    "Exhibition",
    "Location",
    "Problem",
    "Report",
    "Severity",
    "Stats",
    "Text",
    "load_exhibition",
]
