from dealtracker.lib import minhash

STORY = (
    "Turkish drone maker Baykar and Italy's Leonardo signed an agreement on Tuesday to set up "
    "a joint venture that will build unmanned aerial systems in Italy, the companies said. "
    "The venture, owned equally, will start with the Akinci and TB3 platforms and aims to win "
    "European orders as governments rearm. Production is planned to begin next year at a "
    "Leonardo site near Turin, with deliveries from 2027."
)


def test_a_republished_copy_with_a_new_byline_is_similar():
    copy = "By Wire Staff. " + STORY + " Reporting by Jane Doe; editing by John Roe."
    first, second = minhash.signature(STORY), minhash.signature(copy)
    assert minhash.similarity(first, second) > 0.7
    assert set(minhash.band_hashes(first)) & set(minhash.band_hashes(second))


def test_a_different_story_is_not_similar():
    other = (
        "Poland ordered 48 reconnaissance drones from a domestic maker, the defence ministry "
        "said, in a contract worth 200 million zloty that runs until the end of 2026."
    )
    first, second = minhash.signature(STORY), minhash.signature(other)
    assert minhash.similarity(first, second) < 0.2
    assert not set(minhash.band_hashes(first)) & set(minhash.band_hashes(second))


def test_signatures_survive_a_round_trip_through_bytes():
    values = minhash.signature(STORY)
    restored = minhash.signature_from_bytes(minhash.signature_to_bytes(values))
    assert minhash.similarity(values, restored) == 1.0


def test_the_same_text_always_gives_the_same_bands():
    assert minhash.band_hashes(minhash.signature(STORY)) == minhash.band_hashes(
        minhash.signature(STORY)
    )
