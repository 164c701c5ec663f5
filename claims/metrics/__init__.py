"""
Tracking one figure over time: a metric's claims as a timeline.

* ``periods``   — what "the periods of two claims overlap" means
* ``parts``     — ``part_of`` relations: a part is not a competing estimate of its whole
* ``origins``   — distinct origin speakers behind many outlets, and independent corroboration
* ``conflicts`` — two estimates of the same thing, for the same time, that cannot both be right
* ``timeline``  — all of the above for one metric, as the admin, the JSON and the chart show it
* ``matching``  — claims that may be about the same quantity, suggested to the editor
* ``scales``/``chart`` — the timeline drawn as a self-contained SVG
"""
