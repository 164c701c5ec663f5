"""Tests for `claims.extraction.person_names`: how a person's name is written and taken up (invented names)."""

from claims.extraction.person_names import last_name, person_by_look_only
from claims.extraction.speaker_kinds import speaker_kind


def test_a_last_name_is_read_without_its_particle():
    assert last_name("Finance Minister Omar bin Khalid al-Rashed") == "Rashed"
    assert last_name("Saleh Al-Dabbagh") == "Dabbagh"
    assert last_name("Maren Toft") == "Toft"


def test_a_name_inside_particles_is_a_person():
    assert speaker_kind("Finance Minister Omar bin Khalid al-Rashed") == "person"
    assert speaker_kind("Yusuf bin Saleh Al-Dabbagh") == "person"
    assert speaker_kind("Bank of al-Rashed") == "organisation"


def test_only_an_untitled_capitalised_name_is_a_person_by_its_look_only():
    assert person_by_look_only("Vantage Polls")
    assert not person_by_look_only("Mr Toft")
    assert not person_by_look_only("Finance Minister Maren Toft")
    assert not person_by_look_only("the ministry")
