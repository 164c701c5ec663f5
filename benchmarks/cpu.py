"""
``CpuSteal``: how much CPU time the hypervisor gave to other machines during a measurement.

On a shared virtual machine the same request rate can come out a third lower while a
neighbour is busy; Linux counts that time as *steal* in ``/proc/stat``. The benchmarks
print it beside their figures so that a slow run can be told from a slow change.
"""

from pathlib import Path

PROC_STAT = Path("/proc/stat")


def _cpu_times():
    try:
        fields = PROC_STAT.read_text().split("\n", 1)[0].split()
    except OSError:
        return None
    # cpu user nice system idle iowait irq softirq steal guest guest_nice (guest time is in user)
    times = [int(value) for value in fields[1:9]]
    return sum(times), times[7]


class CpuSteal:
    """``with CpuSteal() as steal: …`` then ``steal.percent``: steal as a share of all CPU time (None off Linux)."""

    percent = None

    def __enter__(self):
        self._start = _cpu_times()
        return self

    def __exit__(self, *exc_info):
        end = _cpu_times()
        if self._start is not None and end is not None and end[0] > self._start[0]:
            self.percent = 100 * (end[1] - self._start[1]) / (end[0] - self._start[0])

    def display(self):
        return "–" if self.percent is None else f"{self.percent:.0f} %"
