# ruff: noqa: E501  (data tables read better one entry a line)
"""Cue words in many languages, grouped by what they are evidence of.

They serve twice: the status rules read them directly, and the model sees them as extra tokens
("cue_sale") so that what it learns from English examples carries over to other languages.
Phrases are written naturally and folded at import; "*" marks a stem.
"""

from __future__ import annotations

import re
from functools import cache

from .matcher import Entry, Match, PhraseMatcher

CUES: dict[str, str] = {
    "drone": """drone*, uav*, uas, unmanned, uncrewed, loitering munition*, counter drone*,
        counter uas, quadcopter*, multicopter*, fpv, kamikaze, rpas, ugv*, usv*, drohne*,
        dron*, drone, drönare, drönar*, bezzałog*, bezpilot*,
        bespilot*, dronovi, беспилот*, безпілот*, бпла, бпак, дрон*, ドローン, 無人機, 無人, iha,
        siha, insansiz*, insansız*, 드론, 무인기, 无人机, 無人飛行, مسيرة, مسيّرة, ड्रोन,
        unbemannt*, onbemand*, obemannad*, ubemann*, miehittamat*, no tripulad*, nao tripulad*,
        sans pilote, telepilote*, senza pilota, pilotaggio remoto, fara pilot,
        amunicja krazaca, amunicje krazaca, amunicji krazacej, municion merodeadora, municiones merodeadoras, munition rodeuse,
        munitions rodeuses, munizioni circuitanti, munizione circuitante, dolasan muhimmat, барражирующ*, баражуюч*,
        徘徊型弾薬, 自爆型, 自爆ドローン""",
    "deal": """agreement*, deal, deals, contract*, order*, partnership*, cooperation, collaborat*,
        memorandum, accord, vertrag*, vereinbarung*, abkommen, auftrag, accord*, contrat*,
        acuerdo*, contrato*, accordo, contratto, umow*, porozumien*, kontrakt*, угод*, договор*,
        соглашени*, контракт*, 契約, 合意, 協定, anlasma*, sozlesme*, acord*, avtal*, zmluv*,
        smlouv*, sporazum*, ugovor*, 계약, 협약, 합의, 협력""",
    "co_production": """co produc*, coproduc*, coprodu*, joint production, jointly produce*,
        jointly manufactur*, joint manufactur*, co manufactur*, jointly assembl*,
        team up to build, teams up to build, teamed up to build, team up to produce,
        teams up to produce, teamed up to produce, team up to manufacture,
        teams up to manufacture, teamed up to manufacture, produce jointly, manufacture jointly,
        produce together, manufacture together, build together, together produce*,
        jointly build*, joint plant, joint factory, joint drone production, joint assembly,
        gemeinsame produktion, gemeinsam produzier*, gemeinsam herstell*, gemeinsam fertig*,
        koproduktion*, gemeinsame fertigung, production conjointe, produire conjointement,
        produire ensemble, production commune, fabriquer ensemble, produccion conjunta,
        fabricacion conjunta, producir conjuntamente, fabricar conjuntamente,
        produzione congiunta, produrre congiuntamente, produrre insieme, wspolna produkcj*,
        wspolnej produkcji, wspolnie produkow*, koprodukcj*, спільне виробництво,
        спільного виробництва, спільне виробн*, спільно виробля*, спільному виробництві,
        спільним виробництвом, совместное производство, совместного производства,
        совместном производстве, совместному производству, совместным производством,
        совместно производ*, 共同生産,
        共同製造, ortak uretim, gemensam produktion, productie comuna, productia comuna,
        spolocna vyroba, spolocnu vyrobu, spolocnej vyrobe, spolecna vyroba, spolecne vyrobe,
        spolecnou vyrobou, spolecne vyroby, zajednicka proizvodnja,
        zajednicku proizvodnju, spolecne vyrab*, spolecnou vyrobu, bendra gamyba,
        bendros gamybos, bendros dronu gamybos, bendra dronu gamyba, bendrai gamin*, samen produceren, gezamenlijke productie, 공동 생산,
        공동생산""",
    "sale": """purchas*, procure*, procurement, buy, buys, bought, export*, supply, supplies,
        supplied, sell, sells, sold, sale, sales, order, ordered, orders, delivery, deliveries,
        auftrag, bestell*, kauf*, kauft, gekauft, liefer*, commande*, achat*, acquerir, vente,
        livraison*, compra*, pedido*, suministr*, venta*, acquist*, fornitur*, vendita,
        zamowien*, zamowil*, zakup*, замов*, заказ*, dostaw*, sprzedaz*, закуп*, постав*, продаж*, 調達, 購入, 輸出, 発注,
        受注, 納入, 供給, 輸出契約, satin al*, ihracat, siparis*, tedarik, nakup, kupi*, achizitie, achizitiona*,
        köp*, bestäl*, koopt, kopen, gekocht, aankoop, levering*, 구매, 수출, 도입, 공급""",
    "tech_transfer": """technology transfer, transfer of technology, transfer technology,
        transfer of know how, know how transfer, transfer know how, technologietransfer,
        transfert de technologie, transferencia de tecnologia, trasferimento tecnologico,
        trasferimento di tecnologia, transfer technologii, transferu technologii,
        передача технологи*, передачу технологи*, передачі технологі*, 技術移転, 技術供与,
        teknoloji transferi, transfer de tehnologie, transfer tehnologije, teknologioverforing,
        knowhow, technology sharing, share technology, shares technology,
        technologieoverdracht, overdracht van technologie, transfer technologie, 기술 이전,
        기술이전, 技術を供与, 技術を移転""",
    "licensing": """licen*, under licence, lizenz*, licencia*, licenza*, licencj*, ліцензі*,
        лицензи*, ライセンス, lisans*, licent*, licensed assembly,
        licensed production, 면허생산""",
    "joint_venture": """joint venture*, jv, joint company, joint enterprise,
        gemeinschaftsunternehmen, coentreprise, co entreprise, empresa conjunta, empresa mixta,
        societa congiunta, impresa comune, wspolne przedsiebiorstw*, спільне підприємство,
        спільного підприємства, совместное предприятие, совместного предприятия, 合弁, 合弁会社,
        ortak girisim, ortak sirket, gemensamt bolag, societate mixta, zajednicko poduzece,
        합작, 합작법인, 합작사""",
    "investment": """invest*, stake, funding round, series a, series b, series c, raised,
        fundrais*, capital injection, equity, investition*, beteiligung*, investissement*,
        levee de fonds, inversion*, invierte, investimento, investe, inwestyc*, inwestuj*,
        інвестиц*, інвесту*, инвестиц*, инвестир*, 出資, 投資, 資本提携, 資金調達, 億円を調達,
        万円を調達, yatirim*, investitie*, investitii*, investitor*, investicij*, investic*,
        minority stake, capital increase, strategic investor, buys into, buy into, bought into,
        buying into, hisse*, 투자""",
    "acquisition": """acquire*, acquisition*, acquired, takeover, take over, takes over,
        buyout, buy out, buys out, merger, majority stake, controlling stake, full ownership,
        ubernahm*, ubernahme, ubernimmt, ubernehm*, rachat,
        rachete, adquisicion, adquiere, adquirio, acquisizione, acquisisce, przejeci*,
        przejmuj*, przejal*, поглинанн*, придба*, поглощени*, приобрел*, приобретени*, 買収,
        devral*, akvizic*, förvärv*, overname, overnemen, neemt over, 인수""",
    "mou": """memorandum*, mou, mous, letter of intent, letters of intent,
        memorandum of cooperation, declaration of intent, statement of intent, absichtserklarung,
        protocole d accord, lettre d intention, memorando*, carta de intencion*,
        protocollo d intesa, memorandum d intesa, lettera d intenti, list intencyjn*,
        меморандум*, протокол о намерениях, 覚書, 基本合意, mutabakat*, niyet mektubu,
        memorandum o porozumeni, memorandum o razumijevanju, intentieverklaring, samforstandsavtal,
        양해각서, framework agreement on cooperation, cooperation framework,
        framework for cooperation, framework cooperation agreement, agreement in principle,
        kooperationsvereinbarung, accord cadre de cooperation, acuerdo marco de cooperacion,
        accordo quadro di cooperazione, umowa ramowa o wspolpracy,
        рамочное соглашение о сотрудничестве, 協力覚書, 업무협약""",
    "other": """donat*, donation*, aid package, military aid, gift*, handed over as aid,
        spende*, geschenkt, don de, donacion*, dono, darowizn*, передал* в дар, 寄贈, 供与,
        bagis*, lease*, leasing, wet lease, dry lease, noleggi*, arrend*, dzierzaw*,
        wynaj*, kiralama, kiral*, rent, rents, rented, rental, renting, аренд*, оренд*, リース,
        임대""",
    # Services come with most deals (training with a sale, maintenance with a lease): a deal of
    # its own only when nothing else is said (classifier.WEAK_TYPE_CUES).
    "services": """maintenance, sustainment, support contract, service contract, servicing, mro,
        wartung, entretien, mantenimiento, manutenzione, serwis*, обслуговуванн*, обслуживани*,
        training, to train, will train, instructors, szkolen*, обучени*, навчанн*, ausbildung,
        entrenamiento, addestramento, 訓練, 교육""",
    # Wording that several types share: where and by whom something is made or developed.
    # The type code counts it for less than the wording above (classifier.WEAK_TYPE_CUES).
    "local_production": """local production, localise production, localize production,
        localised production, localized production, local assembly, locally assembled,
        locally built, locally produced, locally manufactured, assemble locally,
        manufacture locally, produce locally, build locally, localisation, localization,
        production line*, assembly line*, final assembly, assemble*, assembling,
        lokale produktion, lokale fertigung, production locale, produccion local,
        produzione locale, ensamblaje, ensamblad*, montagem,
        vom band, lokalna produkcj*, локализаци*, локалізаці*, 現地生産, 現地組立,
        国産化, 현지 생산, 현지생산""",
    "production_site": """set up production, drone plant*, drone factory, drone factories,
        drone production facility, production facility, production facilities,
        manufacturing facility, manufacturing plant, production site, production plant,
        manufacture drones in, produce drones in, build drones in, drohnenfabrik*, drohnenwerk*,
        produktionsstatte*, usine de drones, fabrica de drones, fabbrica di droni,
        fabryka dronow, zaklad produkcyjn*, завод*, 工場, usine*, site de production,
        sites de production, planta de produccion, nueva planta, stabiliment*, fabryk*,
        fabrik*, produktionsstandort*, площадк*, майданчик*, 生産拠点, 製造拠点""",
    "own_site": """its own plant, its own factory, own production facility, its own production,
        own plant, own factory, opens a subsidiary, opened a subsidiary, set up a subsidiary,
        sets up a subsidiary, established a subsidiary, new subsidiary, local subsidiary,
        wholly owned, eigenes werk, eigene fabrik, eigene produktion, neue tochter*,
        grundet tochter*, eigene tochter*, propre usine, nouvelle filiale, cree une filiale,
        su propia planta, propia fabrica, nueva filial, propria fabbrica, proprio stabilimento,
        nuova controllata, wlasna fabryk*, wlasny zaklad, власн* завод*, собственн* завод*,
        自社工場, kendi fabrika*""",
    "joint_research": """joint development, co develop*, codevelop*, jointly develop*,
        develop jointly, co design*, codesign*, jointly design*, design jointly, joint design,
        co engineer*, joint research, research and development, r d, joint testing,
        jointly test*, gemeinsam entwickel*, gemeinsame entwicklung, gemeinsam forsch*,
        forschen gemeinsam, gemeinsame forschung, developpement conjoint,
        developper conjointement, desarrollo conjunto, sviluppo congiunto, wspolny rozwoj,
        спільна розробка, спільну розробку, спільно розробля*, совместная разработка,
        совместную разработку, 共同開発, 共同研究, 공동 개발, 공동개발, 공동 연구""",
    "strike": """strike*, struck, attack*, shot down, downed, intercept*, killed, wounded,
        casualt*, air raid*, barrage, shelling, offensive, front line, frontline, destroyed,
        explosion*, blast, hit, swarm attack, angriff*, abgeschossen, getotet, attaque*, frappe*,
        abattu*, ataque*, derribad*, attacco, attacchi, abbattut*, atak*, zestrzel*, атак*,
        збит*, удар*, сбит*, 攻撃, 撃墜, saldiri*, vurul*, napad*, útok*, utok*""",
    "regulation": """regulation*, regulat*, legislation, law, laws, ban, bans, banned,
        airspace, permit*, certification, faa, easa, restriction*, bill, rules, verordnung*,
        gesetz*, reglementation, regulacion, normativa, przepis*, regulacj*, закон*, правил*,
        規制, 法案, 法律, yonetmelik, duzenleme""",
    "unveiling": """unveil*, showcas*, exhibit*, display*, debut*, presented, premiere*,
        exhibition*, expo, air show, airshow, trade fair, trade show, booth, messe, salon,
        feria, fiera, targi, выставк*, виставк*, 展示, 見本市, fuar*, prototype*, demonstrat*,
        test flight*, maiden flight, first flight""",
    "opinion": """opinion, op ed, commentary, analysis, argue*, we must, should, column,
        editorial, lesson*, why, perspective, kommentar, meinung, tribune, opinion, opinione,
        komentarz, думка, мнение, 論説, コラム, yorum""",
    "interest": """ready to, readiness, open to, interested in, interest in, willing to,
        seeks partners, seeking partners, looking for partners, potential partners, could
        cooperate, explore possible, explore potential, explored possible, explored potential,
        exploring possible, exploring potential, explore opportunities, explored opportunities,
        explore ways, possible cooperation, potential cooperation, prospects for cooperation,
        opportunities for cooperation, avenues for cooperation, mogliche zusammenarbeit,
        cooperation possible, cooperation potentielle, posible cooperacion, possibile
        cooperazione, mozliwej wspolpracy, можливої співпраці, возможного сотрудничества,
        協力の可能性, bereit, bereitschaft, pret a, prets a, dispuesto*, disposicion, pronto a,
        disponibil*, gotow*, готов*, готовність, 用意, 意欲, hazir*, isteklilik""",
    "domestic": """domestic, homegrown, home grown, national industry, own industry,
        indigenous, local manufacturer*, domestically, self reliance, made in, heimisch*,
        einheimisch*, national*, nacional*, nazional*, krajow*, вітчизнян*, отечествен*,
        国産, 国内, yerli, milli""",
    "funding": """funding round, seed round, series a, series b, series c, raised, raises,
        venture capital, valuation, investors led, led by, finanzierungsrunde, levee de fonds,
        ronda de financiacion, round di finanziamento, runda finansowania, раунд, 資金調達""",
    "government": """ministry of defen*, defence ministry, defense ministry, defence minister,
        defense minister, armed forces, army, navy, air force, military, government,
        verteidigungsministerium, bundeswehr, streitkrafte, ministere des armees, armee*,
        ministerio de defensa, fuerzas armadas, ministero della difesa, forze armate,
        ministerstwo obrony, wojsko, sily zbrojne, міністерство оборони, міноборони, зсу,
        министерство обороны, минобороны, вс рф, 防衛省, 自衛隊, 政府, savunma bakanligi,
        silahli kuvvetler, ministerul apararii, forsvarsmakten, ministerstvo obrany""",
}

# Wording of the stages of a deal's life, strongest first within each language group.
STATUS_CUES: dict[str, str] = {
    "cancelled": """scrapped, cancel*, called off, terminated, pulled out, withdrew,
        withdrawn, abandoned, annulled, shelved, collapsed, halted, suspended, gestoppt,
        storniert, abgesagt, gekundigt, aufgekundigt, annul*, abandonn*, rompu, anulad*,
        anulo, cancelad*, cancelo, annullat*, cancellat*, anulow*, zerwa*, wycofal*, скасува*,
        розірва*, отмен*, разорва*, расторг*, 中止, 撤回, 破棄, 白紙, iptal*, fell through,
        falls through, rezygnuje z, rezygnowal* z, zrezygnowal* z, verzichtet auf, renonce a,
        renuncia a, rinuncia a, отказал* от, відмовил* від""",
    "delivered": """delivered, handed over, took delivery, taken delivery, received the first,
        has received, have received, arrived in, deliveries began, first batch arrived,
        shipped, now in service, entered service, geliefert, ubergeben, ausgeliefert, livre,
        livres, livrees, a recu, ont recu, remis, entregad*, entrego, entregaron, recibio,
        consegnat*, ricevut*, dostarczon*, dostarczyl*, przekazal*, otrzymal*, передал*,
        передано, отримал*, отримали, доставил*, доставлен*, получил*, 納入した, 引き渡し,
        引き渡した, 到着, teslim etti, teslim edildi, teslimat*, levererat*, dodan*, isporuč*,
        livrat*""",
    "in_production": """began production, begun production, started production,
        start of production, production began, production started, production has begun,
        production is under way, serial production, mass production, series production,
        in production, rolling off, rolled off, now producing, already producing,
        are being produced, is being produced, are produced, is manufacturing, are manufacturing,
        licensed production, assembles, assembled in, serienproduktion, serienfertigung,
        produktion aufgenommen, produktion begonnen, produziert bereits, wird produziert,
        werden produziert, production en serie, lance la production, commence la production,
        produit deja, produits en, produccion en serie, comenzo la produccion,
        inicio la produccion, ya produce, se producen, produzione in serie,
        avviato la produzione, iniziato la produzione, vengono prodotti, produkcja seryjn*,
        produkcje seryjn*, produkcji seryjnej, rozpocz* produkcj*, uruchomi* produkcj*,
        produkowane, серійне виробництво, серійного виробництва, розпочал* виробництво,
        почал* виробництво, вже виробля*, виробляють, серийное производство,
        серийного производства, начал* производство, наладил* производство, производят,
        mass produc*, now produc*, started producing, began producing, begun producing,
        started manufacturing, began manufacturing, is producing, are producing,
        has been producing, have been producing, is assembling, are assembling, выпускает,
        выпускают, виробляє, випускає, 量産, 生産を開始, 生産開始, 製造を開始, 生産している,
        seri uretim*, uretime basla*,
        serieproduktion, seriova vyroba, serijsk* proizvodnj*, productie de serie""",
    "signed": """signed, sign, signs, inked, orders, sealed, concluded, awarded, won a contract,
        secured a contract, placed an order, ordered, finalised, finalized, agreed a deal,
        struck a deal, reached an agreement, closed, completed the acquisition, completes,
        unterzeichnet, unterschrieben, abgeschlossen, vereinbart, erteilt, bestellt,
        beauftragt, signe, signent, signee, signes, conclu, attribue, firmad*, firmo, firmaron,
        firman, assina, assinam, assinou, assinaram, assinad*, tecknar, tecknat, tecknade,
        undertecknar, signerer, signerte, underskrev*, 체결, 서명, تم توقيع, हस्ताक्षर,
        suscrit*, adjudic*, firmato, firmata, siglato, sottoscritt*, aggiudicat*, ordinato,
        podpisal*, podpisan*, zawarl*, zamowil*, підписал*, підписано, підписав, уклал*,
        замовил*, подписал*, подписан*, заключил*, заказал*, 署名, 締結, 調印, 契約を結,
        受注した, 発注した, 合意した, imzala*, undertecknat, semnat*, podpisal, podepsal*,
        pasirase, pasirasyt*,
        potpisal*, potpisan*,
        buys, bought, acquires, acquired, has acquired, invests, invested, takes a stake,
        took a stake, takes stake, buys into, bought into, forms, formed, sets up, established,
        founded, backs, backed, licenses, licensed, completes, wins, won, kauft, gekauft,
        ubernimmt, ubernommen, investiert, beteiligt sich, gegrundet, grunden, rachete, achete,
        investit, a investi, fonde, adquiere, adquirio, invierte, invirtio, acquisisce,
        acquista, ha acquisito, investe, ha investito, przejmuje, przejal, inwestuje,
        zainwestowal, купила, купив, придбала, придбав, інвестувала, інвестував, приобрела,
        приобрел, инвестировала, инвестировал, 買収した, 出資した, 設立した""",
    "in_talks": """in talks, talks with, holding talks, held talks, negotiating, negotiation*,
        negotiate, in discussions, discussing, discussions with, exploring, considering,
        consultations, gesprache, verhandl*, verhandelt, sondier*, negoci*, discussions,
        pourparlers, en discussion, conversaciones, trattativ*, negoziat*, colloqui, rozmow*,
        negocj*, переговор*, перемовин*, 協議, 交渉, 協議中, gorusme*, muzakere*,
        förhandl*, rokovan*, jednan*, pregovor*""",
    "rumored": """reportedly, rumour*, rumor*, according to sources, sources said,
        people familiar, unconfirmed, is said to, allegedly, angeblich, berichten zufolge,
        selon des sources, aurait, auraient, segun fuentes, supuestamente, secondo fonti,
        indiscrezioni, podobno, nieoficjalnie, нібито, якобы, по данным источников,
        関係者によると, とみられる, iddia""",
    "announced": """announced, announces, announce, plans to, plan to, will, intends to,
        agreed to, is set to, are set to, to supply, to deliver, selected, chose, approved,
        cleared, green light, unveiled plans, angekundigt, kundigt, plant die, plant den,
        plant eine, plant einen, wird, werden,
        annonce, prevoit, va, vont, anuncio, anuncia, planea, preve, annunciato, annuncia,
        prevede, oglosil*, planuje, zamierza, оголосил*, оголосив, планує, має намір,
        объявил*, планирует, намерен*, 発表, 計画, 方針, 予定, acikla*, planlı*""",
}
STATUS_PRIORITY = (
    "cancelled", "delivered", "in_production", "signed", "in_talks", "rumored", "announced",
)  # fmt: skip
# Wording that turns a completed step into a plan: "will begin production", "plans to sign".
FUTURE = re.compile(
    r"(?:(?<!\w)(?:will|shall|would|could|plans? to|planned|aims? to|intends? to|expected to|"
    r"set to|to be|to|wird|werden|soll|sollen|va|vont|prevoit de|planea|prevede|planuje|ma|"
    r"sera|seront|saranno|urmeaza sa|sa fie|bedzie|beda|zostanie|zostana|"
    r"будет|будут|буде|будуть|планує|планирует)|予定|見込み)\s+(?:\w+\s+){0,2}$"
)
# ...and where a language puts the plan after the verb: "체결할 예정" (is to sign), "हस्ताक्षर
# करेंगे" (will sign).
FUTURE_AFTER = re.compile(r"할|하기로|하게|예정|계획|करेंगे|करेगा|करेगी|करने")
# A plant opened is production begun ("launches drone plant in X", "inaugurated a factory"), and
# a headline's bare participle reports what goes on now ("Russia producing drones in its plant").
# Between the verb and the plant only what describes it: "opens its first Ukrainian drone plant",
# not "launches tender for drone factory" or "launched strikes on drone factory".
_PLANT_OPENED = re.compile(
    r"\b(?:launch(?:es|ed)?|opens|opened|inaugurat\w*|commissioned)\s+"
    r"(?:(?:a|an|the|its|their|new|first|second|joint|largest|biggest|state|drone|drones|uav|"
    r"production|assembly|manufacturing|\w+(?:an|ese|ish|ch|i))\s+){0,4}?"
    r"(?:plant|factory|production line|assembly line|production facility|production site)s?\b"
)
_HEADLINE_PRODUCING = re.compile(r"(?<!co )\b(?:producing|assembling)\b")
# Words before a headline's participle that make it no report of production under way.
_NOT_A_PRODUCER = frozenset(
    [
        "eyes",
        "eye",
        "considers",
        "considering",
        "weighs",
        "weighing",
        "mulls",
        "mulling",
        "plans",
        "planning",
        "explores",
        "exploring",
        "starts",
        "start",
        "begins",
        "begin",
        "on",
        "of",
        "for",
        "in",
        "to",
        "about",
        "and",
        "jointly",
    ]
)
# A deal blocked or lapsed says what was: "blocks Chinese takeover", "letter of intent lapses".
_CANCELLED = re.compile(
    r"\b(?:block(?:s|ed)?|veto(?:es|ed)?)\s+(?:\w+\s+){0,2}?"
    r"(?:sale|deal|takeover|acquisition|export|purchase|transaction|merger)s?\b"
    r"|\b(?:deal|agreement|contract|option|licen[cs]e|letter of intent|memorandum|"
    r"memorandum of understanding)\s+(?:has\s+|have\s+)?(?:lapsed|lapses|expired|expires)\b"
)


def _entries(table: dict[str, str]) -> list[Entry]:
    entries = []
    for name, phrases in table.items():
        for raw in phrases.replace("\n", " ").split(","):
            phrase = raw.strip()
            if phrase:
                entries.append(Entry(phrase.rstrip("*"), name, prefix=phrase.endswith("*")))
    return entries


@cache
def _cue_matcher() -> PhraseMatcher:
    return PhraseMatcher(_entries(CUES))


@cache
def _status_matcher() -> PhraseMatcher:
    return PhraseMatcher(_entries(STATUS_CUES))


# "Transfer" and "technology" with words between: "transferred its drone technology to",
# "передал России технологию", "передасть партнеру технологію".
_TECH_TRANSFER = re.compile(
    r"\b(?:transfer\w*|hand\w* over|shar\w*|переда\w*|transf\w*|przekaz\w*|uberg\w*)"
    r"(?: \w+){0,4}? (?:technolog\w*|know how|технолог\w*|tecnolog\w*|technologi\w*)"
)
_TECH_WORDS = ("technolog", "know how", "технолог", "tecnolog")
# Making drones somewhere, with words between: "build tactical drones in", "host production of
# Ukrainian long-range drones", "produce 200 interceptor UAVs on Polish soil".
_PRODUCED_IN = re.compile(
    r"\b(?:build|builds|built|building|produc\w*|manufactur\w*|assembl\w*|mak(?:e|es|ing))"
    r"(?: (?:of )?[\w]+){0,4}? (?:drones?|uavs?|uas|loitering munitions?|unmanned \w+)"
    r" (?:in|on) "
)


def cue_hits(folded: str, original: str | None = None) -> list[Match]:
    """Every cue in a folded text, in order (one Aho-Corasick pass, then the few cues that need
    words between their parts). With the `original` text, making drones somewhere counts only
    before a name ("build drones in Indonesia", not "build drones in its own plant")."""
    hits = _cue_matcher().find(folded, folded)
    extra = []
    if any(word in folded for word in _TECH_WORDS):
        extra += [
            Match(m.start(), m.end(), "tech_transfer", folded[m.start() : m.end()])
            for m in _TECH_TRANSFER.finditer(folded)
        ]
    taken = {hit.start for hit in hits if hit.payload == "production_site"}
    extra += [
        # The cue ends where the place begins, as "drone plant" ends before "in Ukraine".
        Match(m.start(), m.end() - 1, "produced_in", folded[m.start() : m.end() - 1])
        for m in _PRODUCED_IN.finditer(folded)
        if m.start() not in taken
        and (original is None or original[m.end() : m.end() + 1].isupper())
    ]
    if extra:
        hits = sorted(hits + extra, key=lambda hit: hit.start)
    return hits


def cue_counts(
    folded: str, hits: list[Match] | None = None, original: str | None = None
) -> dict[str, int]:
    counts = dict.fromkeys(CUES, 0)
    for hit in cue_hits(folded, original) if hits is None else hits:
        counts[hit.payload] = counts.get(hit.payload, 0) + 1
    return counts


def status_hits(
    folded: str, title_end: int = 0, original: str | None = None
) -> dict[str, list[int]]:
    """Start offsets of each status's wording, leaving out plans ("will begin production").
    `title_end` and the `original` text: where the headline ends and how it is capitalised, for
    the wording only a headline uses ("Russia producing drones", not "India eyes producing")."""
    found = [(match.start, match.payload) for match in _status_matcher().find(folded, folded)]
    found += [(m.start(), "in_production") for m in _PLANT_OPENED.finditer(folded)]
    found += [(m.start(), "cancelled") for m in _CANCELLED.finditer(folded)]
    if original is not None:
        for m in _HEADLINE_PRODUCING.finditer(folded, 0, title_end):
            before = original[: m.start()].split()[-1:]
            if before and before[0][:1].isupper() and before[0].lower() not in _NOT_A_PRODUCER:
                found.append((m.start(), "in_production"))
    hits: dict[str, list[int]] = {}
    for start, name in sorted(found):
        if name not in ("announced", "in_talks", "rumored") and (
            FUTURE.search(folded[max(0, start - 40) : start])
            or FUTURE_AFTER.search(folded, start, start + 16)
        ):
            name = "announced"
        hits.setdefault(name, []).append(start)
    return hits
