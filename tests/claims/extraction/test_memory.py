"""Tests for `claims.extraction.memory`: speakers taken up again (invented texts)."""

from claims.extraction import extract_figures


def origins(text):
    return [(c.quote, c.origin.name) for c in extract_figures(text, outlet="Wire")]


def test_a_side_that_opened_a_sentence_is_a_later_they():
    text = "Tamil rebels have accused the navy of breaking the truce. They say 11 fighters were killed."
    assert origins(text) == [("11 fighters", "Tamil rebels")]


def test_the_official_takes_up_the_last_person_who_spoke():
    text = (
        "The pass rate was 81.2, Schools Secretary Mira Kant said. "
        "Girls scored 86.4, the official said. Exams used a 90 per cent syllabus, she said."
    )
    assert origins(text) == [
        ("81.2", "Schools Secretary Mira Kant"),
        ("86.4", "Schools Secretary Mira Kant"),
        ("90 per cent", "Schools Secretary Mira Kant"),
    ]


def test_a_quantity_opening_a_sentence_is_no_company():
    text = (
        "Brightline said its quarterly profit rose. Much has been made of its advertising, analysts said. "
        "The company reported a net profit of $50.8 million."
    )
    assert origins(text) == [("$50.8 million", "Brightline")]


def test_a_bracket_inside_an_apposition_does_not_hide_the_person():
    text = (
        "Ana Ruiz, director of the UN refugee agency (UNHCR) office in Geneva, told reporters on Monday that"
        " 83 percent had landed in Italy."
    )
    assert origins(text) == [("83 percent", "Ana Ruiz")]


def test_it_goes_back_to_a_railway_not_to_a_person_named_by_surname():
    text = (
        "Railway minister Asha Verma said 23 people died. Verma said 12 were hurt. "
        "The train had 16 coaches, Eastern Railway said. The coach was carrying 65 passengers, it said."
    )
    assert origins(text)[-1] == ("65 passengers", "Eastern Railway")


def test_it_is_never_a_person_named_by_surname():
    text = "Railway minister Asha Verma said 23 people died. Verma said 12 were hurt. The coach had 65 seats, it said."
    assert origins(text)[-1] == ("65 seats", "Wire")


def test_a_place_based_company_is_the_company_the_text_is_about():
    text = (
        "Brightpath posted a loss of $2 million. The Leeds-based company said revenue fell 5%. "
        "It forecasts sales of $30 million."
    )
    assert origins(text) == [("$2 million", "Brightpath"), ("5%", "Brightpath"), ("$30 million", "Brightpath")]


def test_a_place_based_company_with_a_state_after_a_comma():
    text = "Corvia posted a loss of $2 million. The Austin, Texas-based firm said revenue fell 8%."
    assert origins(text)[-1] == ("8%", "Corvia")


def test_a_role_of_something_is_a_person_a_later_he_takes_up():
    # "the regional manager of bus services" is a person's role: the body after "of" does not make it one.
    text = (
        "Fares will rise 4 per cent, Transport Secretary Ann Vole said. "
        "Ridership fell to 61,000 a day, the regional manager of bus services said. "
        '"We lost 1,200 riders in May," he said.'
    )
    assert origins(text) == [
        ("4 per cent", "Transport Secretary Ann Vole"),
        ("61,000 a day", "the regional manager of bus services"),
        ("1,200 riders", "the regional manager of bus services"),
    ]


def test_a_described_official_takes_up_the_last_person_who_spoke():
    # "the rebel official", "the senior official": the person in office who just spoke, and a later "He".
    text = (
        "Forty soldiers had defected, rebel spokesman Tom Ajak told reporters on Monday. "
        "The rebel official said 12 trucks were seized. He said 300 rifles were taken."
    )
    assert origins(text) == [
        ("Forty soldiers", "Tom Ajak"),
        ("12 trucks", "Tom Ajak"),
        ("300 rifles", "Tom Ajak"),
    ]


def test_a_full_name_read_from_is_a_later_he():
    # "According to Aminu Bello, …" reads from a person: given name and surname; "according to Shana" stays no "he".
    text = (
        "According to Tunde Okafor, head of the regional office, two suspects were held. "
        "He said $12,000 was recovered during the arrest."
    )
    assert origins(text) == [("two suspects", "Tunde Okafor"), ("$12,000", "Tunde Okafor")]


def test_an_adjective_before_spokesman_is_no_body():
    text = "Police said 40 people were held. Exports grew 3 percent, the presidential spokesman said."
    assert origins(text)[-1] == ("3 percent", "the presidential spokesman")


def test_a_spokesman_named_in_commas_is_a_later_he():
    text = (
        "Troops killed 20 fighters, the army said. But a rebel spokesman, Omar Haddad, rejected the account. "
        "The rebels killed nine soldiers, he claimed."
    )
    assert origins(text)[-1] == ("nine soldiers", "Omar Haddad")


def test_a_title_held_for_a_place_may_come_between_title_and_name():
    text = (
        "However, rebel spokesman for Kunar province Abdul Rahim called reporters from a hideout. "
        "According to him, 12 soldiers were killed."
    )
    assert origins(text) == [("12 soldiers", "Abdul Rahim")]


def test_a_person_brought_in_by_by_with_a_role_is_a_later_he():
    text = (
        "Ana Ruiz told reporters that 900 had landed. "
        "Her figures were close to those presented by Tomas Berg, director of the border agency. "
        "He said arrivals rose by 40 percent."
    )
    assert origins(text)[-1] == ("40 percent", "Tomas Berg")


def test_it_is_the_body_the_last_sentence_was_about_not_the_last_speaker():
    text = (
        "The union said 300 nurses were on strike. Meanwhile, Harbourview Clinic is planning a new wing. "
        "It said it treated 4,100 patients last year. It said waiting times fell 15%."
    )
    assert origins(text) == [
        ("300 nurses", "The union"),
        ("4,100 patients", "Harbourview Clinic"),
        ("15%", "Harbourview Clinic"),
    ]


def test_it_is_the_model_that_opened_the_last_sentence():
    text = (
        "The weather service said rain would fall on 12 days. The model for coastal flooding did well. "
        "It predicted 38 floods."
    )
    assert origins(text) == [("12 days", "The weather service"), ("38 floods", "The model for coastal flooding")]


def test_it_is_the_figures_read_from_in_the_last_sentence():
    text = (
        "The ministry said 900 beds were free. According to the Westmoor bed figures there are 41 patients waiting. "
        "It said 17 of them waited a day."
    )
    assert origins(text)[-1] == ("17 of them", "the Westmoor bed figures")


def test_memory_keeps_a_bounded_number_of_speakers():
    # A reference goes back a few speakers, never hundreds: a long text stays linear.
    from claims.extraction.memory import SpeakerMemory

    memory = SpeakerMemory()
    for number in range(500):
        memory.remember(f"Speaker Number{number}")
    assert len(memory._speakers) == SpeakerMemory.SPEAKER_REACH
    assert memory._speakers[-1] == "Speaker Number499"


def test_a_company_after_a_bare_agency_dateline_and_with_its_ticker_is_the_later_it():
    text = (
        "(Wire) – Lakeview Foods <LVF.N> posted a quarterly loss on Tuesday. "
        "Its shares fell after the U.S. retailer said sales were down 4%. "
        "It reported a net loss of $310 million."
    )
    assert origins(text)[-1] == ("$310 million", "Lakeview Foods")


def test_a_company_with_its_exchange_code_in_brackets_is_the_later_the_company():
    text = "(Wire) - Orbis Games Inc (O:ORB) reported lower sales. The company said revenue was $1.2 billion."
    assert origins(text) == [("$1.2 billion", "Orbis Games Inc")]


def test_an_amount_word_opening_a_sentence_is_no_body_a_later_the_bank_goes_back_to():
    text = (
        "Net advances in the quarter rose 4% to Rs 900 crore. "
        "However, the bank reported higher fee income of Rs 310 crore."
    )
    assert origins(text)[-1] == ("Rs 310 crore", "the bank")


def test_a_plural_reference_does_not_go_back_to_a_singular_body_sharing_its_head():
    text = "Rallies drew 9,000 according to the inter-union. In Brest, the unions claim 4,000 marchers."
    assert origins(text)[-1] == ("4,000 marchers", "the unions")


def test_the_premier_takes_up_the_prime_minister_named_before():
    text = (
        "Prime Minister Anil Rao said the scheme would change lives. Finance Minister Vera Das said 90,000 plots were "
        "ready. The Premier said his government would build 5 million homes."
    )
    assert dict(origins(text))["5 million homes"] == "Prime Minister Anil Rao"


def test_a_notice_named_by_its_owners_pronoun_is_the_owners():
    text = (
        "The Water Authority reported 14 leaks on Friday. Its noon bulletin said 3,100 homes had no supply. "
        "It said 212 crews were at work."
    )
    assert origins(text) == [
        ("14 leaks", "The Water Authority"),
        ("3,100 homes", "The Water Authority noon bulletin"),
        ("212 crews", "The Water Authority noon bulletin"),
    ]


def test_an_officer_in_charge_of_something_is_a_later_she():
    text = "The police officer in charge of the search said 40 people were found. She said 12 were children."
    assert origins(text)[-1] == ("12", "The police officer in charge of the search")


def test_a_surname_alone_is_the_person_named_in_full_before():
    # Named in full without speaking, then by the surname: the same person, not a new speaker "Dorn".
    text = 'Finance Minister Ivan Dorn visited Paris. "The debt will reach 40% of GDP," Dorn said.'
    assert origins(text) == [("40%", "Finance Minister Ivan Dorn")]


def test_a_surname_with_an_honorific_is_the_person_who_spoke_before():
    text = (
        "Fares will rise 4 per cent, Transport Secretary Ann Vole said. Ms. Vole said ridership fell to 61,000 a day."
    )
    assert origins(text)[-1] == ("61,000 a day", "Transport Secretary Ann Vole")


def test_it_is_never_a_place_that_reported_its_count():
    # A district "reports" its dead; the later "it said" is the department that spoke.
    text = (
        "The health department said 12 people died. "
        "Norden district, which was hit hardest, reported 8 deaths. "
        "Another 300 homes were damaged, it said."
    )
    assert origins(text)[-1] == ("Another 300 homes", "The health department")


def test_a_role_in_lowercase_before_a_name_makes_a_person_a_later_he_means():
    # "deputy regent" is no title the extractor knows; the capitalised name after a lowercase role is a person.
    text = (
        '"We counted 30 dead," agency spokesman Ivo Tal told reporters. '
        "North Vale deputy regent Marta Ines Kolo estimated there were 70 casualties. "
        '"Most of them, 52, are in one village. The roads are cut," she told AFP.'
    )
    assert origins(text)[-1] == ("52", "North Vale deputy regent Marta Ines Kolo")


def test_the_company_is_the_speaker_a_legal_suffix_names_a_company():
    # Sentences that no body opens come between: "the company" still names the company that spoke.
    text = (
        "Norrland Steel Co. said Friday its profit rose 40 percent. Orders were strong. Exports grew. "
        "Margins held. Costs fell. Sales reached 2.1 trillion won, the company said in a statement."
    )
    assert origins(text)[-1] == ("2.1 trillion won", "Norrland Steel Co")


def test_people_in_the_plural_opening_a_sentence_are_a_later_they():
    # "Farmers" is capitalised only because it opens the sentence: no person's name, a later "they".
    text = (
        "Farmers said they were marching to demand a price of $300 a tonne. "
        "However, police blocked the road, leaving 14 farmers hurt, they said."
    )
    assert origins(text)[-1] == ("14 farmers", "Farmers")


def test_a_company_described_after_being_named_without_speaking_is_the_it_that_follows():
    text = (
        "Earnings of eVantra Corp (EVT) rose sharply in the third quarter. "
        "The home robots company posted a net profit of $31.9 million. "
        "It also narrowed its operating profit outlook to the range of $92-$96 million."
    )
    assert origins(text) == [("$31.9 million", "eVantra Corp"), ("$92-$96 million", "eVantra Corp")]


def test_a_company_whose_name_looks_like_a_person_is_an_it():
    text = (
        "Morgan Hale Co., the second-largest printer maker, reported Tuesday that profit rose 15%. "
        "The Leeds-based company said it earned $912 million. Its costs were high. "
        "But it said expenses rose 10% in the quarter."
    )
    assert origins(text) == [("15%", "Morgan Hale Co"), ("$912 million", "Morgan Hale Co"), ("10%", "Morgan Hale Co")]


def test_a_name_with_a_lowercase_particle_is_a_person_a_later_he_means():
    text = (
        '"They are shelling us now," Omar Tali, a field commander, told Reuters.\n\n'
        '"We have seen 41 bodies," said Yusuf al-Haro, a commander from the same faction.\n\n'
        '"There are more than 30 civilians killed," he added.'
    )
    assert origins(text) == [("41 bodies", "Yusuf al-Haro"), ("more than 30 civilians", "Yusuf al-Haro")]


def test_a_role_placed_in_a_town_is_the_person_a_later_he_means_not_the_outlet_told():
    # "a police spokesman in Oltavia told Reuters": where the spokesman serves keeps them a person; the outlet
    # told is never the "he" of the quotation that follows.
    text = (
        "“We cleared the camp by dawn,” a police spokesman in Oltavia told Reuters.\n\n"
        "“Four of our officers were hurt,” he added."
    )
    [candidate] = extract_figures(text, outlet="Wire")
    assert candidate.origin.name != "Reuters"
    assert "spokesman" in candidate.origin.name or candidate.origin.name == "the police"


def test_a_name_before_a_document_noun_is_no_later_the_company():
    text = (
        "Korvane Robotics Inc. forecast revenue of $1.2 billion for the quarter. "
        "The Zenith consensus was for $1.4 billion in revenue. "
        "Its shares fell 9% after hours. "
        "The company also cut its full-year forecast to $5.1 billion."
    )
    found = dict(origins(text))
    assert found["$5.1 billion"] == "Korvane Robotics Inc"


def test_a_person_a_sentence_reads_from_by_name_is_a_later_he():
    text = (
        "Troops killed nine militants in the south, a police official said today.\n\n"
        "The militants attacked a convoy in the district, according to Karim Dastani, the police chief.\n\n"
        '"Nine militants were killed. We had no casualties," he said.'
    )
    assert origins(text)[-1] == ("Nine militants", "Karim Dastani")


def test_an_it_with_no_body_before_is_the_capitalised_name_no_title_makes_a_person():
    # "Vantage Polls" reads like a person's name; no title or "he" says so, and the "it" that follows is it.
    text = (
        "Most voters back the plan, Vantage Polls said on Monday. "
        '"Support among the young stands at 64 percent," it noted.'
    )
    assert origins(text) == [("64 percent", "Vantage Polls")]


def test_an_it_does_not_take_up_a_person_a_he_went_back_to():
    text = "Prices will rise, Maren Toft said. He expects 4 percent inflation. Output fell 3 percent in March, it said."
    assert origins(text)[-1] == ("3 percent", "Wire")


def test_a_last_name_taken_up_without_its_particle_is_the_person_named_in_full():
    text = (
        "Revenue will reach 190 billion riyals, Finance Minister Omar bin Khalid al-Rashed said. "
        "Spending will total 205 billion riyals, Rashed said. "
        '"The deficit will be 15 billion riyals," he said.'
    )
    assert origins(text) == [
        ("190 billion riyals", "Finance Minister Omar bin Khalid al-Rashed"),
        ("205 billion riyals", "Finance Minister Omar bin Khalid al-Rashed"),
        ("15 billion riyals", "Finance Minister Omar bin Khalid al-Rashed"),
    ]


def test_a_person_opening_a_sentence_without_speaking_is_a_later_she():
    # "Name is head of …" names a person who does not speak yet; her "she said" is not the outlet's.
    text = (
        "Dana Rusk is head of forecasting at the Lakeshore Weather Office. "
        "She said rainfall this spring was 40 per cent above normal."
    )
    assert origins(text) == [("40 per cent", "Dana Rusk")]


def test_a_he_with_no_speaker_to_go_back_to_is_the_person_named_in_full_before():
    # The person was only read from ("according to the CS"), which alone is no "he"; no one else was named.
    text = (
        "Coastal CS Tomas Varga said that 12 camps have been opened. "
        "According to the CS, 3,400 families have left their homes. "
        "He added that 9 roads remain closed."
    )
    assert origins(text)[-1] == ("9 roads", "Coastal CS Tomas Varga")


def test_a_he_with_no_person_is_the_speaker_whose_title_of_a_body_ends_in_a_name():
    text = (
        "The storm has passed, National Coordinator of the Coastal Relief Centre Amara Kelebe told reporters. "
        "He said 340 families were displaced."
    )
    assert origins(text) == [("340 families", "National Coordinator of the Coastal Relief Centre Amara Kelebe")]


def test_a_she_with_no_person_is_the_speaker_named_before_where_she_works():
    text = (
        "Tovah Brennick of Lakeside State's nursing school told a conference that the trial had ended early. "
        "Of the 60 patients, 41 recovered, she said."
    )
    assert [origin for _, origin in origins(text)] == ["Tovah Brennick of Lakeside State's nursing school"] * 2
