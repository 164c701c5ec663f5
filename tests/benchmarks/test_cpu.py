"""CpuSteal reads the hypervisor's share of CPU time from /proc/stat."""

from benchmarks import cpu


def write_stat(path, user, system, idle, steal):
    path.write_text(f"cpu  {user} 0 {system} {idle} 0 0 0 {steal} 0 0\ncpu0 1 2 3 4\n")


def test_steal_is_the_share_of_all_cpu_time_taken_by_the_hypervisor(tmp_path, monkeypatch):
    stat = tmp_path / "stat"
    monkeypatch.setattr(cpu, "PROC_STAT", stat)
    write_stat(stat, user=1000, system=100, idle=5000, steal=50)
    with cpu.CpuSteal() as steal:
        write_stat(stat, user=1300, system=150, idle=5500, steal=150)  # 100 of 950 ticks stolen
    assert round(steal.percent, 1) == 10.5
    assert steal.display() == "11 %"


def test_steal_is_unknown_without_proc_stat(tmp_path, monkeypatch):
    monkeypatch.setattr(cpu, "PROC_STAT", tmp_path / "missing")
    with cpu.CpuSteal() as steal:
        pass
    assert steal.percent is None
    assert steal.display() == "–"
