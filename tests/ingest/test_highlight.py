from dealtracker.ingest.highlight import highlight


def test_it_marks_each_entity_with_its_kind():
    marked = highlight("Baykar and Leonardo in Italy", {"Baykar": "company", "Italy": "country"})
    assert marked == (
        '<mark class="entity-company">Baykar</mark> and Leonardo in '
        '<mark class="entity-country">Italy</mark>'
    )


def test_it_escapes_the_text_around_the_marks():
    assert highlight("<b>WB Group</b>", {"WB Group": "company"}) == (
        '&lt;b&gt;<mark class="entity-company">WB Group</mark>&lt;/b&gt;'
    )


def test_the_longer_name_wins_and_words_are_not_split():
    marked = highlight(
        "Leonardo DRS and Leonardos", {"Leonardo": "company", "Leonardo DRS": "company"}
    )
    assert marked.count("<mark") == 1
    assert ">Leonardo DRS</mark>" in marked
