"""Country names and demonyms in the languages the gazetteer used to cover badly, in sentences
written for these tests."""

import pytest

from dealtracker.ingest.classify.countries import country_gazetteer


def codes(text: str) -> set[str]:
    return {mention.code for mention in country_gazetteer().find(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Dutch
        ("Het Litouwse bedrijf werkt met Zuid-Koreaanse en Vlaamse partners.", {"LT", "KR", "BE"}),
        ("Poolse, Zweedse en Noord-Koreaanse drones", {"PL", "SE", "KP"}),
        # Czech and Slovak
        ("Armáda koupila drony od italského výrobce ve španělském závodě.", {"IT", "ES"}),
        ("Francouzské a tchajwanské firmy dodávají juhokórejskej armáde.", {"FR", "TW", "KR"}),
        # Croatian and Serbian
        ("Emiratski fond i talijanska tvrtka ulažu u ukrajinsku proizvodnju.", {"AE", "IT", "UA"}),
        # Romanian
        ("Compania germană și partenerul francez livrează drone turce.", {"DE", "FR", "TR"}),
        ("Producătorul japonez a semnat cu un grup sud-coreean.", {"JP", "KR"}),
        # Swedish, Norwegian and Danish
        ("Det tyska bolaget köper finska och sydkoreanska drönare.", {"DE", "FI", "KR"}),
        ("Norske og danske selskaper samarbeider med israelske partnere.", {"NO", "DK", "IL"}),
        # Portuguese
        ("A empresa alemã vende à Marinha norte-americana e a sul-africanos.", {"DE", "US", "ZA"}),
        ("Fabricante chinesa e grupo israelense vencem contrato emiratense", {"CN", "IL", "AE"}),
        # Turkish
        ("Katarlı ve Güney Koreli şirketler Pakistanlı ortaklarla anlaştı.", {"QA", "KR", "PK"}),
        ("Suudi ve Azerbaycanlı yetkililer Kuzey Koreli heyetle görüştü.", {"SA", "AZ", "KP"}),
        # Korean: particles run on to the name
        ("호주와 필리핀이 미국의 드론을 도입한다.", {"AU", "PH", "US"}),
        ("사우디는 터키산 드론을 구매했고 인도의 업체와도 협의했다.", {"SA", "TR", "IN"}),
        # Arabic: the article and و ب ل run on to the name
        ("وقعت السعودية وتركيا اتفاقا مع شركة صينية للتصنيع بالإمارات", {"SA", "TR", "CN", "AE"}),
        ("الجيش الأمريكي وشركة إستونية ومصنع في الأردن", {"US", "EE", "JO"}),
        ("طائرات إيرانية وروسية في أوكرانيا", {"IR", "RU", "UA"}),
        # Hindi, with and without the nukta
        ("भारतीय सेना ने इज़राइली और अमेरिकी ड्रोन खरीदे।", {"IN", "IL", "US"}),
        ("इजराइल, रूस और फ्रांसीसी कंपनियां", {"IL", "RU", "FR"}),
    ],
)
def test_names_and_demonyms_are_found_in_each_language(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the swimming pools were closed", set()),
        ("the point is germane to the contract", set()),
        ("Frans Timmermans spoke about fins and rudders", set()),
        ("o rușine pentru industrie", set()),
        ("un inel turcoaz și o collana turchese", set()),
        ("Noord-Amerikaanse en Latijns-Amerikaanse markten", set()),
        ("o mercado latino-americano e sul-americano", set()),
        ("인도네시아 국방부가 발표했다", {"ID"}),
        ("인도태평양 지역의 인도적 지원", set()),
        ("드론을 군에 인도했다", set()),
        ("호주머니에서 꺼냈다", set()),
        ("خط تركيب الطائرات مع تركيز على الجودة", set()),
        ("مروحة بقطر 30 سم", set()),
        ("البابا فرنسيس", set()),
        ("أسواق أمريكا اللاتينية وأمريكا الجنوبية", set()),
    ],
)
def test_ordinary_words_are_no_country(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", ["드론을 조기 인도하기로 했다", "터키석 반지", "북한산 등산로"])
def test_korean_words_for_delivery_turquoise_and_a_mountain_are_no_countries(text):
    assert country_gazetteer().find(text) == []


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("防衛装備庁、米エアロバイロメントと契約", {"JP", "US"}),
        ("常磐精機、英ペナントと共同生産", {"GB"}),
        ("北米メーカーと追加パーツ", set()),  # North America; "add" before katakana
    ],
)
def test_one_character_country_marks_before_a_japanese_company_name(text, codes):
    assert {mention.code for mention in country_gazetteer().find(text)} == codes
