"""Anonymous visitor statistics: how the kiosk is used, never who used it.

Recorded: sessions (when, how long, in which languages, how they began and
ended), the panels and pages looked at and for how long, and the attract
loop's wakes. Never recorded: text, names, identifiers of any kind, touch
positions or gestures.

:mod:`kiosk.analytics.store` (the SQLite file), :mod:`kiosk.analytics.visit`
(one session's bookkeeping) and :mod:`kiosk.analytics.summary` (the numbers of
``kiosk stats``) are pure Python; :mod:`kiosk.analytics.recorder` listens to
the kiosk's Qt signals and :mod:`kiosk.analytics.chart` draws the chart.
"""
