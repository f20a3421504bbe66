# ruff: noqa: E501  (data tables read better one entry a line)
"""Country words pycountry does not carry: short names, demonyms, capitals, government bodies.

Each table is `CODE: entry, entry, …` one country a line. A code may be `JP+US` for words that
name two countries at once ("日米"). Country names in other languages come from pycountry's own
translations (see countries.py); these tables add what those lack.
"""

import unicodedata

# Arabic writes "and", "in/by", "for" and the article onto the word (والسعودية, بالصين, لفرنسا,
# للإمارات), and the matcher reads a name from the start of a word: each Arabic word is listed
# with these prefixes. Entries are written without vowel marks, as news text is.
_ARABIC_PREFIXES = ("", "و", "ب", "ل")
_ARABIC_ARTICLES = ("ال", "وال", "بال", "لل", "ولل")


def _words(words: str) -> list[str]:
    return [word.strip() for word in words.split(",") if word.strip()]


def _arabic(
    code: str, bare: str = "", definite: str = "", both: str = "", prefixes=_ARABIC_PREFIXES
) -> str:
    """A table line: each of `bare` (comma-separated) as written and after و ب ل, each of
    `definite` after the article ال and و ب ل with it, each of `both` either way (demonyms).
    A trailing "*" keeps a word a stem."""
    forms = [prefix + word for word in _words(f"{bare}, {both}") for prefix in prefixes]
    forms += [
        article + word for word in _words(f"{definite}, {both}") for article in _ARABIC_ARTICLES
    ]
    return f"{code}: {', '.join(forms)}"


def _hindi(code: str, words: str) -> str:
    """A table line: each Devanagari word with its nukta (ज़) as two code points, and without
    it. The one-point letter folds to the bare ज, so these two are every spelling."""
    forms = []
    for word in _words(words):
        word = unicodedata.normalize("NFD", word)
        forms += [word, word.replace("\u093c", "")] if "\u093c" in word else [word]
    return f"{code}: {', '.join(forms)}"


# Short and common English names, plus names pycountry spells formally.
NAMES = """
US: 미국
KR: 한국, 대한민국
JP: 일본
CN: 중국
AU: 호주
SA: 사우디
TR: 터키
TW: 대만
KP: 북한
ZA: 남아공
LT: Lietuva, Lietuvos
PL: Lenkija, Lenkijos, Lenkiją
US: US, U.S., USA, U.S.A., America, United States of America
GB: UK, U.K., Britain, Great Britain, United Kingdom, England, Scotland
RU: Russia, Россия, России, Россией, Росія, Росії, Росією, Rosja, Rosji, Rusko, Ruska, Rusya, Russland, Russie, Rusia, Rússia, Ryssland, 러시아, ロシア
IR: Iran
KR: South Korea, Korea, Republic of Korea, ROK
KP: North Korea, DPRK
TW: Taiwan
CN: China, PRC, People's Republic of China, mainland China
TR: Turkey, Türkiye, Turkiye
CZ: Czech Republic, Czechia
VN: Vietnam
SY: Syria
MD: Moldova
VE: Venezuela
BO: Bolivia
TZ: Tanzania
LA: Laos
NL: Holland, the Netherlands
AE: UAE, U.A.E., Emirates, United Arab Emirates
SA: Saudi Arabia, KSA
PS: Palestine, Gaza, West Bank
CD: DR Congo, DRC
"""
# Arabic and Hindi names, with the prefixes Arabic attaches and the nuktas Hindi may drop.
NAMES += "\n".join(
    (
        _arabic("SA", definite="سعودية"),
        _arabic("TR", bare="تركيا"),
        _arabic("AE", definite="إمارات"),
        _arabic("CN", definite="صين"),
        _arabic("FR", bare="فرنسا"),
        _arabic("EE", bare="إستونيا"),
        _arabic("JO", definite="أردن"),
        _arabic("EG", bare="مصر"),
        _arabic("RU", bare="روسيا"),
        _arabic("UA", bare="أوكرانيا"),
        _arabic("IL", bare="إسرائيل"),
        _arabic("IR", bare="إيران"),
        _arabic("US", bare="أمريكا, أميركا", definite="ولايات المتحدة"),
        _arabic("DE", bare="ألمانيا"),
        _arabic("IT", bare="إيطاليا"),
        _arabic("PK", bare="باكستان"),
        # بقطر is also "with a diameter of".
        _arabic("QA", bare="قطر", prefixes=("", "و", "ل")),
        _arabic("GB", bare="بريطانيا", definite="مملكة المتحدة"),
        _arabic("IN", definite="هند"),
        _arabic("KR", bare="كوريا, كوريا الجنوبية"),
        _arabic("KP", bare="كوريا الشمالية"),
        _hindi("US", "अमेरिका, अमरीका"),
        _hindi("RU", "रूस"),
        _hindi("UA", "यूक्रेन"),
        _hindi("IL", "इज़राइल, इज़रायल, इस्राइल, इसराइल"),
        _hindi("TR", "तुर्की"),
        _hindi("GB", "ब्रिटेन"),
        _hindi("AM", "अर्मेनिया"),
        _hindi("FR", "फ़्रांस"),
        _hindi("SA", "सऊदी अरब"),
        _hindi("KP", "उत्तर कोरिया"),
    )
)

# Demonyms and adjectives. Entries ending in "*" are stems matched as word prefixes, for
# inflected languages ("ukrainisch*" finds "ukrainischen", "украинск*" finds "украинского").
DEMONYMS = """
UA: Ukrainian, Ukrainians, ukrainisch*, ukrainien*, ucranian*, ucrain*, ukraińsk*, ukrainsk*, украинск*, українськ*, украинц*, українц*, ukrajinsk*, ukrayna*, ukrainas*, Oekraïens*
US: American, Americans, US-based, U.S.-based, amerikanisch*, américain*, estadounidense*, norteamerican*, american*, amerykańsk*, американск*, американськ*, amerikansk*, americký*, američk*, Amerikan, Amerikalı, Amerikaans*, americk*, norte-american*
GB: British, Briton, Britons, Scottish, Welsh, britisch*, britannique*, británic*, britannic*, brytyjsk*, британск*, британськ*, brittisk*, britsk*, İngiliz, Brits, Britse, britanic*, britânic*, britansk*, britisk*
DE: German, Germans, deutsch*, allemand*, alemán, aleman*, tedesc*, niemieck*, немецк*, німецьк*, tysk*, nemeck*, njemačk*, Alman, Duits*, germană, germani, germanii, germanilor, germanul, germanului, germanei, alemã, alemão, alemães, alemãs, nemačk*
FR: French, französisch*, français*, française*, francés, frances*, frances*, frances, frances, francuz*, francusk*, французск*, французьк*, fransk*, francúz*, Fransız, Franse, francouzsk*, francez*
IT: Italian, Italians, italienisch*, italien*, italian*, włosk*, итальянск*, італійськ*, talian*, İtalyan, Italiaans*, italsk*, talijansk*, italijansk*, italiensk*
ES: Spanish, Spaniards, spanisch*, espagnol*, español*, spagnol*, hiszpańsk*, испанск*, іспанськ*, spansk*, İspanyol, Spaans*, španělsk*, španielsk*, španjolsk*, spaniol*, espanhol*
PL: Polish, Poles, polnisch*, polonais*, polac*, polacc*, polsk*, польск*, польськ*, poľsk*, Polonyalı, Poolse, polonez*, polones*
TR: Turkish, Turks, türkisch*, turc, turque*, turco, turca, turcos, turcas, turchi, turche, tureck*, турецк*, турецьк*, Türk, turecký*, tursk*, Turkse, turci, turce, turcii, turcilor, turcul, turcului, turcesc*, turceasc*, turcest*, tyrkisk*, turkisk*
IL: Israeli, Israelis, israelisch*, israélien*, israelí*, israelian*, izraelsk*, израильск*, ізраїльськ*, İsrailli, israelense*, israelsk*
JP: Japanese, japanisch*, japonais*, japonés, japones*, giappones*, japońsk*, японск*, японськ*, japansk*, japonsk*, Japon, Japans, Japanse, japonez*, Japonyalı*
KR: South Korean, South Koreans, Korean, südkoreanisch*, sud-coréen*, coréen*, surcorean*, coreano*, coreana*, sudcorean*, południowokoreańsk*, южнокорейск*, південнокорейськ*, Güney Koreli, Koreaans*, korejsk*, jihokorejsk*, juhokórejsk*, južnokorejsk*, coreean*, koreansk*, sydkoreansk*, sørkoreansk*, Koreli*
KP: North Korean, North Koreans, nordkoreanisch*, nord-coréen*, norcorean*, северокорейск*, північнокорейськ*, Noord-Koreaans*, severokorejsk*, severokórejsk*, sjevernokorejsk*, severnokorejsk*, nord-coreean*, norte-corean*, nordkoreansk*, Kuzey Koreli*
TW: Taiwanese, taiwanesisch*, taïwanais*, taiwanés, taiwanes*, tajwańsk*, тайваньск*, тайванськ*, tchajwansk*, tajvansk*, taiwansk*, taiwanez*, Tayvanlı*
CN: Chinese, chinesisch*, chinois*, chino, china, cinese, cinesi, chińsk*, китайск*, китайськ*, kinesisk*, čínsk*, Çinli, Chinees, kinesk*, chinez*, chinês, chinesa, chineses, chinesas
RU: Russian, Russians, russisch*, russe, russes, ruso, rusa, rusos, russo, russa, russi, rosyjsk*, российск*, русск*, російськ*, rysk*, rusk*, Rus, ruși, rușii, rușilor, rusului, rusesc*, ruseasc*, rusești, russos, russas, russisk*
IN: Indian, Indians, indisch*, indien, indienne*, indio, india, indiano, indiana, indyjsk*, индийск*, індійськ*, indisk*, Hintli, Indiaas, Indiase, indijsk*, indick*, indiană, indieni
AU: Australian, Australians, australisch*, australien*, australian*, australijsk*, австралийск*, австралійськ*, australsk*, australisk*, Avustralyalı*
CA: Canadian, Canadians, kanadisch*, canadien*, canadiense*, canades*, kanadyjsk*, канадск*, канадськ*, Canadees, Canadese, kanadsk*, kanadensisk*, canadisk*, canadian*, canadense*, Kanadalı*
NL: Dutch, niederländisch*, néerlandais*, neerlandés, olandes*, holendersk*, нидерландск*, голландск*, нідерландськ*, Nederlands*, nizozemsk*, holandsk*, olandez*, holandes*, neerlandes*, hollandsk*, nederlandsk*, nederländsk*, Hollandalı*
BE: Belgian, belgisch*, belge, belga, belgijsk*, бельгийск*, Vlaams*, belgick*, belgisk*, Belçikalı*
SE: Swedish, Swedes, schwedisch*, suédois*, sueco*, svedes*, szwedzk*, шведск*, шведськ*, svensk*, Zweeds*, švédsk*, švedsk*, suedez*, İsveçli*
NO: Norwegian, norwegisch*, norvégien*, noruego*, norveges*, norwesk*, норвежск*, норвезьк*, norsk*, Noors*, norvešk*, norvegian*, noruegues*, Norveçli*
FI: Finnish, Finns, finnisch*, finlandais*, finlandés, finlandes*, fińsk*, финск*, фінськ*, finsk*, Finse, finlandez*, finländsk*, Finlandiyalı*
DK: Danish, Danes, dänisch*, danois*, danés, danes*, duńsk*, датск*, данськ*, dansk*, Deens*, danez*, dinamarques*, Danimarkalı*
EE: Estonian, Estonians, estnisch*, estonien*, estonio*, estone, estońsk*, эстонск*, естонськ*, Ests, Estse, estonsk*, estonian*, estisk*, estnisk*, Estonyalı*
LV: Latvian, lettisch*, letton*, letón, lettone, łotewsk*, латвийск*, латвійськ*, Letse, lotyšsk*, latvijsk*, leton*, lettisk*, Letonyalı*
LT: Lithuanian, litauisch*, lituanien*, lituano*, litewsk*, литовск*, литовськ*, Litouws*, litevsk*, litovsk*, litavsk*, lituanian*, litauisk*, Litvanyalı*
CZ: Czech, tschechisch*, tchèque*, checo*, ceco, ceca, czesk*, чешск*, чеськ*, česk*, český, česká, Tsjechisch*, tjeckisk*, tjekkisk*, tcheco*
SK: Slovak, Slovakian, slowakisch*, slovaque*, eslovaco*, slovacc*, słowack*, словацк*, slovensk*, Slowaaks*, slovac*, slovakisk*
RO: Romanian, Romanians, rumänisch*, roumain*, rumano*, rumen*, rumuńsk*, румынск*, румунськ*, român*, Roemeens*, rumunsk*, rumunjsk*, rumänsk*, rumænsk*, Romanyalı*
BG: Bulgarian, bulgarisch*, bulgare*, búlgaro*, bulgaro*, bułgarsk*, болгарск*, Bulgaars*, bulharsk*, bugarsk*, bulgar*
HU: Hungarian, ungarisch*, hongrois*, húngaro*, ungheres*, węgiersk*, венгерск*, угорськ*, magyar, Hongaars*, maďarsk*, mađarsk*, maghiar*, ungersk*, ungarsk*, Macar
HR: Croatian, kroatisch*, croate*, croata*, chorwack*, хорватск*, hrvatsk*, chorvatsk*, kroatisk*
SI: Slovenian, Slovene, slowenisch*, slovène*, esloveno*, słoweńsk*, slovinsk*
RS: Serbian, serbisch*, serbe, serbio*, serbsk*, сербск*, Servisch*, srbsk*, srpsk*, serbisk*
GR: Greek, griechisch*, grec, grecque*, griego*, grecia, grec*, greck*, греческ*, грецьк*, Grieks*, grčk*, grekisk*, Yunan
PT: Portuguese, portugiesisch*, portugais*, portugués, portoghes*, portugalsk*, португальск*, portugu*, Portugees, portugisisk*, Portekizli*
CH: Swiss, schweizerisch*, Schweizer, suisse*, suizo*, svizzer*, szwajcarsk*, швейцарск*, Zwitsers*, švýcarsk*, švajčiarsk*, švicarsk*, elvețian*, suíço, suíça, suíços, suíças, schweizisk*, İsviçreli*
AT: Austrian, österreichisch*, autrichien*, austriac*, austriack*, австрийск*, Oostenrijks*, rakousk*, rakúsk*, austrijsk*, österrikisk*, østrigsk*, østerriksk*, Avusturyalı*
IE: Irish
LU: Luxembourgish, Luxembourg-based
AE: Emirati, Emiratis, emiratisch*, émirien*, emiratí, emiratin*, emiracki*, эмиратск*, Emiraats*, emirátsk*, emiratsk*, emiratez*, emiratense*, emiratisk*
SA: Saudi, Saudis, saudisch*, saoudien*, saudí, saudit*, saudyjsk*, саудовск*, Saoedisch*, saudsk*, saudijsk*, saudisk*, saudiarabisk*, Suudi
QA: Qatari, katarisch*, qatari*, katarsk*, катарск*, qatarez*, catarian*, Katarlı*
KW: Kuwaiti
JO: Jordanian
EG: Egyptian, ägyptisch*, égyptien*, egipci*, Egyptisch*, egyptsk*, egyptisk*, egiptean*, Mısırlı*
MA: Moroccan, marokkanisch*, marocain*, marroquí
DZ: Algerian
PK: Pakistani, pakistanisch*, pakistanais*, paquistaní, pakistańsk*, пакистанск*, Pakistaans*, pakistansk*, pakistanez*, paquistanes*, Pakistanlı*
AZ: Azerbaijani, Azeri, aserbaidschanisch*, azerbaïdjanais*, azerbejdżańsk*, азербайджанск*, Azerbaycanlı*
GE: Georgian, georgisch*, géorgien*, gruzińsk*, грузинск*
MD: Moldovan
KZ: Kazakh, Kazakhstani, казахстанск*
UZ: Uzbek
IR: Iranian, Iranians, iranisch*, iranien*, iraní, iranian*, irańsk*, иранск*, іранськ*, Iraans*, iransk*, İranlı*
IQ: Iraqi
SY: Syrian
LB: Lebanese
BY: Belarusian, Belarussian, belarussisch*, biélorusse*, białorusk*, белорусск*, білоруськ*, Wit-Russisch*
BR: Brazilian, brasilianisch*, brésilien*, brasileñ*, brasilian*, brazylijsk*, бразильск*, brasileir*, Braziliaans*, brazilsk*, brazilian*, Brezilyalı*
MX: Mexican
AR: Argentine, Argentinian
CL: Chilean
CO: Colombian
NZ: New Zealand's
SG: Singaporean, singapurisch*
MY: Malaysian
ID: Indonesian, indonesisch*, indonésien*, Endonezyalı*
PH: Filipino, Philippine
TH: Thai
VN: Vietnamese
BD: Bangladeshi
NG: Nigerian
ZA: South African, Zuid-Afrikaans*, sul-african*, sud-african*, sydafrikansk*
KE: Kenyan
ET: Ethiopian
"""
# Arabic stems run on (سعودي* finds السعودية, سعوديين) unless another word starts the same way:
# تركيب (assembly) and تركيز (focus) start as تركي does, فرنسيس (Francis) as فرنسي.
DEMONYMS += "\n".join(
    (
        _arabic("SA", both="سعودي*"),
        _arabic("TR", both="تركي, تركية, تركيين, تركيون, أتراك"),
        _arabic("AE", both="إماراتي*"),
        _arabic("CN", both="صيني*"),
        _arabic("FR", both="فرنسي, فرنسية, فرنسيين, فرنسيون"),
        _arabic("EE", both="إستوني*"),
        _arabic("JO", both="أردني*"),
        _arabic("EG", both="مصري*"),
        _arabic("RU", bare="روسي*", definite="روسي*, روس"),
        _arabic("UA", both="أوكراني*"),
        _arabic("IL", both="إسرائيلي*"),
        _arabic("IR", both="إيراني*"),
        _arabic("US", both="أمريكي*, أميركي*, أمريكان, أميركان"),
        _arabic("DE", both="ألماني*"),
        _arabic("IT", both="إيطالي*"),
        _arabic("PK", both="باكستاني*"),
        _arabic("QA", both="قطري, قطرية, قطريين, قطريون", prefixes=("", "و", "ل")),
        _arabic("GB", both="بريطاني*"),
        _arabic("IN", both="هندي, هندية"),
        # चीनी is also sugar; in the news we read it is Chinese.
        _hindi("CN", "चीनी"),
        _hindi("US", "अमेरिकी, अमरीकी"),
        _hindi("RU", "रूसी"),
        _hindi("JP", "जापानी"),
        _hindi("IL", "इज़राइली, इज़रायली, इस्राइली, इसराइली"),
        _hindi("FR", "फ्रांसीसी, फ़्रांसीसी"),
        _hindi("AM", "आर्मेनियाई, अर्मेनियाई"),
        _hindi("IN", "भारतीय"),
        _hindi("UA", "यूक्रेनी, यूक्रेनियाई"),
        _hindi("GB", "ब्रिटिश"),
        _hindi("DE", "जर्मन"),
        _hindi("PK", "पाकिस्तानी"),
        _hindi("IR", "ईरानी"),
        _hindi("SA", "सऊदी, सउदी"),
        _hindi("IT", "इतालवी"),
        _hindi("AU", "ऑस्ट्रेलियाई"),
        _hindi("CA", "कनाडाई"),
    )
)

# Capitals, and the places that stand for a government in news prose.
CAPITALS = """
UA: Kyiv, Kiev, Kyjiw, Kiew, Kijów, Kijev, Киев, Київ, キーウ
US: Washington, Пентагон
GB: London, Londres, Londra, Londyn, Лондон
DE: Berlin, Berlino, Berlín, Берлин
FR: Paris, Parigi, París, Paryż, Париж
IT: Rome, Roma, Rzym, Рим
ES: Madrid
PL: Warsaw, Warschau, Varsovie, Varsovia, Varsavia, Warszawa, Варшава
TR: Ankara, Анкара
IL: Jerusalem, Tel Aviv
JP: Tokyo, Tokio, Tokyō, Токио, Токіо, 東京
KR: Seoul, Séoul, Seúl, Seul, Сеул
TW: Taipei
CN: Beijing, Peking, Pékin, Pekín, Pechino, Pekin, Пекин, Пекін
RU: Moscow, Moskau, Moscou, Moscú, Mosca, Moskwa, Москва
IN: New Delhi, Delhi
AU: Canberra
CA: Ottawa
NL: The Hague, Den Haag
SE: Stockholm
NO: Oslo
FI: Helsinki
DK: Copenhagen
EE: Tallinn
LV: Riga
LT: Vilnius
CZ: Prague, Prag, Praha
SK: Bratislava
RO: Bucharest, Bukarest, București
BG: Sofia
HU: Budapest
GR: Athens
PT: Lisbon
BE: Brussels
AT: Vienna, Wien
CH: Bern
AE: Abu Dhabi, Dubai
SA: Riyadh
QA: Doha
PK: Islamabad
AZ: Baku
IR: Tehran
BR: Brasília, Brasilia
"""

# Government bodies and armed forces that name their country without saying it.
GOVERNMENT = """
US: Pentagon, Department of Defense, DoD, Defense Department, Department of War, White House, DARPA, DSCA, Foreign Military Sales, US Army, US Navy, US Air Force, Marine Corps, USMC, SOCOM, Defense Innovation Unit
GB: Ministry of Defence UK, MoD UK, Royal Navy, Royal Air Force, RAF, British Army, Downing Street, Whitehall, DE&S
DE: Bundeswehr, BAAINBw, Bundestag, Bundesregierung, Bundesministerium der Verteidigung
FR: DGA, Direction générale de l'armement, Élysée, Elysee, Armée de terre, armées françaises
UA: Verkhovna Rada, ZSU, Brave1, Ukroboronprom, Міноборони, Минобороны Украины, Збройні сили
TR: SSB, Savunma Sanayii Başkanlığı, Presidency of Defense Industries, Turkish Armed Forces, TSK
IL: IDF, Israel Defense Forces, IMOD, Knesset
JP: JSDF, Self-Defense Forces, Self-Defence Forces, ATLA, 防衛省, 自衛隊, 防衛装備庁, 日本政府
PL: Sejm, Agencja Uzbrojenia, Armament Agency, MON
KR: DAPA, ROK Army, 방위사업청
IN: DRDO, Indian Army, Indian Navy, Indian Air Force
CN: PLA, People's Liberation Army
RU: Kremlin, Кремль, Минобороны России
AU: ADF, Australian Defence Force
TW: 國防部
"""

# Words that name two countries at once.
PAIRS = """
JP+US: 日米
JP+GB: 日英
JP+AU: 日豪
JP+UA: 日ウ
US+GB: Anglo-American
"""

# Common words that are also country or capital names: only a capitalised form counts.
NEEDS_CAPITAL = frozenset(
    {
        "turkey",
        "chad",
        "jordan",
        "georgia",
        "guinea",
        "niger",
        "china",
        "japan",
        "polish",
        "sofia",
        "doha",
        "victoria",
        "chino",
        "india",
        "indio",
        "america",
        "russa",
        "russo",
        "rus",
        "turc",
        "grec",
        "grecia",
        "rome",
        "roma",
        "riga",
        "bern",
        "paris",
        "washington",
        "delhi",
        "english",
        "french",
        "swiss",
        "dutch",
        "greek",
        "danish",
        "irish",
        "czech",
        "thai",
        # Turkish: "mısırlı" is also "with corn".
        "misirli",
    }
)

# Regions whose names contain a demonym or country name but are no country: matched, so that the
# longest match wins, and then ignored ("Central American" is not "American").
NOT_COUNTRIES = """
Central America, Central American, Latin America, Latin American, South America, South American, North America, North American, Pan-American, Pan American, Americas, Korean Peninsula, Indo-Pacific, Middle East, East Asia, Southeast Asia, South Asia, Central Asia, Central Asian, Eastern Europe, Western Europe, Central Europe, Central European, Eastern European, Nordic, Baltic, Balkan, Gulf states, Scandinavian, Lateinamerika, Amérique latine, América Latina, Mittelamerika, Amérique centrale, Centroamérica,
Paris Air Show, Paris Airshow, Dubai Airshow, Dubai Air Show, Singapore Airshow, Zhuhai Airshow,
Moscow Airshow, Berlin Air Show, ILA Berlin, Seoul ADEX, Bahrain International Airshow,
Farnborough Airshow, Farnborough International Airshow, World Defense Show, IDEX Abu Dhabi,
Abu Dhabi International Defence Exhibition, Warsaw Security Forum,
Noord-Amerikaans, Noord-Amerikaanse, Zuid-Amerikaans, Zuid-Amerikaanse, Latijns-Amerikaans,
Latijns-Amerikaanse, Midden-Amerikaans, Midden-Amerikaanse, latino-americano, latino-americana,
latino-americanos, latino-americanas, sul-americano, sul-americana, sul-americanos, sul-americanas,
latino-american, latino-americană, latino-americani, latino-americane, sud-american,
sud-americană, sud-americani, sud-americane, Brest-Litovsk,
인도태평양, 인도양, 인도차이나, 인도적, 인도주의, 인도했, 인도할, 인도된, 인도될, 인도받, 인도하, 인도되, 인도해, 인도돼,
조기 인도, 호주머니, 대만족, 북한강, 북한산, 터키석,
"""
# Korean runs particles on to names and the matcher reads Korean inside words: 인도 (India) is
# also the verb "to hand over" (인도했다) and starts 인도적 (humanitarian), 호주 starts 호주머니 (a
# pocket). The longer words above are matched and ignored. Arabic: the Americas are no country.
NOT_COUNTRIES += ", ".join(
    prefix + america + " " + region
    for america in ("أمريكا", "أميركا")
    for region in ("اللاتينية", "الجنوبية", "الشمالية", "الوسطى")
    for prefix in _ARABIC_PREFIXES
)

# pycountry names that are also common words: Polish "państwo" (a state) from "Państwo
# Palestyna".
NOT_NAMES = frozenset({"panstwo", "panstw"})
