# ruff: noqa: E501  (data tables read better one entry a line)
"""Well-known drone, counter-drone and defence makers: the fallback gazetteer when no database
is at hand. General industry knowledge, one company a line: `key | name | aliases; … | country`."""

BUILTIN_COMPANIES = """
baykar | Baykar | Baykar Makina; Baykar Technologies; Baykar Defence; Байкар; バイカル; バイカル・テクノロジー | TR
turkish-aerospace | Turkish Aerospace | Turkish Aerospace Industries; TUSAŞ; TUSAS; TAI; Турецкая авиакосмическая промышленность | TR
roketsan | Roketsan | | TR
stm | STM | STM Savunma; Savunma Teknolojileri Mühendislik | TR
aselsan | Aselsan | Асельсан; アセルサン | TR
aerovironment | AeroVironment | AV Inc; エアロバイロメント | US
general-atomics | General Atomics | General Atomics Aeronautical Systems; GA-ASI; GA ASI; ジェネラル・アトミクス; ジェネラル・アトミックス | US
kratos | Kratos | Kratos Defense; Kratos Defense & Security Solutions; クラトス | US
anduril | Anduril | Anduril Industries; アンドゥリル; アンドゥリル・インダストリーズ | US
shield-ai | Shield AI | シールドAI | US
skydio | Skydio | スカイディオ | US
teledyne-flir | Teledyne FLIR | FLIR Systems; Teledyne | US
textron | Textron | Textron Systems; テキストロン | US
northrop-grumman | Northrop Grumman | Northrop; ノースロップ・グラマン | US
lockheed-martin | Lockheed Martin | Lockheed; ロッキード・マーチン; ロッキード・マーティン | US
boeing | Boeing | Insitu; Boeing Insitu; ボーイング | US
l3harris | L3Harris | L3Harris Technologies; L3 Harris; L3ハリス | US
raytheon | Raytheon | RTX; レイセオン | US
red-cat | Red Cat | Red Cat Holdings; Teal Drones | US
auterion | Auterion | | CH
elbit | Elbit Systems | Elbit; Эльбит; エルビット・システムズ; エルビット | IL
iai | Israel Aerospace Industries | IAI; イスラエル・エアロスペース・インダストリーズ | IL
rafael | Rafael Advanced Defense Systems | Rafael; ラファエル・アドバンスト・ディフェンス・システムズ; ラファエル | IL
uvision | UVision | UVision Air | IL
aeronautics | Aeronautics | Aeronautics Ltd; Aeronautics Defense Systems | IL
xtend | XTEND | | IL
rheinmetall | Rheinmetall | Рейнметалл; Райнметалл; ラインメタル | DE
quantum-systems | Quantum Systems | | DE
helsing | Helsing | | DE
airbus | Airbus | Airbus Defence and Space; Airbus Helicopters; エアバス | FR
stark | Stark | Stark Defence | DE
hensoldt | Hensoldt | | DE
diehl | Diehl Defence | Diehl | DE
tekever | Tekever | | PT
milrem | Milrem Robotics | Milrem | EE
skyeton | Skyeton | スカイエトン; Скайетон | UA
ukrspecsystems | Ukrspecsystems | Укрспецсистемы; Укрспецсистеми | UA
ukroboronprom | Ukroboronprom | Ukrainian Defense Industry; Ukrainian Defence Industry; Укроборонпром | UA
hanwha | Hanwha Aerospace | Hanwha; Hanwha Systems; Hanwha Defense; 한화; 한화에어로스페이스; ハンファ; ハンファ・エアロスペース | KR
korean-air | Korean Air | Korean Air Aerospace | KR
kai | Korea Aerospace Industries | KAI; 한국항공우주산업 | KR
saab | Saab | サーブ | SE
thales | Thales | Thales Group; タレス | FR
leonardo | Leonardo | Leonardo DRS; レオナルド | IT
mbda | MBDA | | FR
safran | Safran | | FR
naval-group | Naval Group | | FR
delair | Delair | | FR
parrot | Parrot | | FR
edge | EDGE Group | EDGE | AE
kawasaki | Kawasaki Heavy Industries | Kawasaki; 川崎重工業; 川崎重工 | JP
mhi | Mitsubishi Heavy Industries | MHI; Mitsubishi Heavy; 三菱重工業; 三菱重工 | JP
mitsubishi-electric | Mitsubishi Electric | 三菱電機 | JP
subaru | Subaru | Subaru Corporation; スバル | JP
terra-drone | Terra Drone | テラドローン | JP
acsl | ACSL | ACSL Ltd | JP
dji | DJI | Da-Jiang Innovations; SZ DJI Technology; 大疆; ディー・ジェイ・アイ | CN
avic | AVIC | Aviation Industry Corporation of China; 中国航空工业; 中航工业 | CN
casc | CASC | China Aerospace Science and Technology Corporation; 中国航天科技集团 | CN
norinco | Norinco | 中国兵器工业 | CN
bae-systems | BAE Systems | BAE; BAEシステムズ | GB
qinetiq | QinetiQ | | GB
babcock | Babcock | Babcock International | GB
wb-group | WB Group | WB Electronics; Grupa WB | PL
pgz | Polska Grupa Zbrojeniowa | PGZ | PL
fly-eye | FlyEye | | PL
kongsberg | Kongsberg | Kongsberg Defence & Aerospace; コングスベルグ | NO
nammo | Nammo | | NO
patria | Patria | | FI
eos | Electro Optic Systems | EOS | AU
cea | CEA Technologies | | AU
drone-shield | DroneShield | | AU
hal | Hindustan Aeronautics | HAL; Hindustan Aeronautics Limited | IN
ideaforge | ideaForge | | IN
adani | Adani Defence | Adani Defence & Aerospace | IN
bharat-electronics | Bharat Electronics | BEL | IN
tata | Tata Advanced Systems | TASL | IN
embraer | Embraer | | BR
csg | Czechoslovak Group | CSG | CZ
rosoboronexport | Rosoboronexport | Рособоронэкспорт | RU
kalashnikov | Kalashnikov | Kalashnikov Concern; ZALA Aero; Концерн Калашников | RU
st-engineering | ST Engineering | | SG
calidus | Calidus | | AE
general-dynamics | General Dynamics | General Dynamics Land Systems; GDLS; General Dynamics Mission Systems; General Dynamics European Land Systems; GDELS; ジェネラル・ダイナミクス | US
honeywell | Honeywell | Honeywell Aerospace; ハネウェル | US
palantir | Palantir | Palantir Technologies; パランティア | US
leidos | Leidos | | US
sierra-nevada | Sierra Nevada Corporation | Sierra Nevada Corp; SNC | US
hii | Huntington Ingalls Industries | HII; Huntington Ingalls | US
epirus | Epirus | | US
fortem | Fortem Technologies | Fortem | US
dedrone | Dedrone | | US
axon | Axon Enterprise | | US
edge-autonomy | Edge Autonomy | UAV Factory | US
saronic | Saronic | Saronic Technologies | US
saildrone | Saildrone | | US
zipline | Zipline | | US
brinc | BRINC | BRINC Drones | US
pdw | Performance Drone Works | PDW | US
ondas | Ondas | Ondas Holdings; American Robotics | US
agEagle | AgEagle | AgEagle Aerial Systems | US
unusual-machines | Unusual Machines | | US
vantage-robotics | Vantage Robotics | | US
neros | Neros | Neros Technologies | US
mach-industries | Mach Industries | | US
griffon | Griffon Aerospace | | US
pteroDynamics | PteroDynamics | | US
ge-aerospace | GE Aerospace | General Electric | US
pratt-whitney | Pratt & Whitney | | US
collins | Collins Aerospace | | US
draganfly | Draganfly | | CA
kraken | Kraken Robotics | | CA
cae | CAE | CAE Inc | CA
volatus | Volatus Aerospace | | CA
rolls-royce | Rolls-Royce | | GB
chemring | Chemring | Chemring Group | GB
cohort | Cohort plc | | GB
ultra-electronics | Ultra Electronics | | GB
malloy | Malloy Aeronautics | | GB
windracers | Windracers | | GB
openworks | OpenWorks Engineering | | GB
animal-dynamics | Animal Dynamics | | GB
blue-bear | Blue Bear Systems | Blue Bear | GB
supacat | Supacat | | GB
mbda-uk | MBDA UK | | GB
dassault | Dassault Aviation | Dassault | FR
knds | KNDS | |
kmw | Krauss-Maffei Wegmann | KMW; KNDS Deutschland | DE
nexter | Nexter | KNDS France | FR
arquus | Arquus | | FR
exail | Exail | ECA Group | FR
elistair | Elistair | | FR
novadem | Novadem | | FR
survey-copter | Survey Copter | | FR
cerbair | CerbAir | | FR
turgis-gaillard | Turgis Gaillard | | FR
safran-subs | Safran Electronics & Defense | Safran Electronics and Defense; Sagem | FR
tkms | ThyssenKrupp Marine Systems | TKMS; thyssenkrupp Marine Systems | DE
atlas-elektronik | Atlas Elektronik | | DE
rohde-schwarz | Rohde & Schwarz | Rohde and Schwarz | DE
renk | Renk | Renk Group | DE
wingcopter | Wingcopter | | DE
arx-robotics | ARX Robotics | | DE
tytan | Tytan Technologies | | DE
alpine-eagle | Alpine Eagle | | DE
mbda-de | MBDA Deutschland | | DE
heckler-koch | Heckler & Koch | | DE
lurssen | Lürssen | NVL Group; Naval Vessels Lürssen | DE
fincantieri | Fincantieri | | IT
elt | Elettronica | ELT Group | IT
iveco-defence | Iveco Defence Vehicles | IDV | IT
indra | Indra | Indra Sistemas; Indra Group | ES
navantia | Navantia | | ES
escribano | Escribano Mechanical & Engineering | Escribano; EM&E | ES
aertec | Aertec | Aertec Solutions | ES
sener | Sener | | ES
instalaza | Instalaza | | ES
uavision | UAVision | | PT
beyond-vision | Beyond Vision | | PT
ogma | OGMA | | PT
damen | Damen | Damen Shipyards; Damen Group | NL
fn-herstal | FN Herstal | FN | BE
john-cockerill | John Cockerill | | BE
sabca | SABCA | | BE
schiebel | Schiebel | | AT
ruag | RUAG | | CH
wingtra | Wingtra | | CH
kongsberg-subs | Kongsberg Gruppen | Kongsberg Maritime | NO
terma | Terma | | DK
weibel | Weibel Scientific | Weibel | DK
mydefence | MyDefence | | DK
sky-watch | Sky-Watch | | DK
systematic | Systematic A/S | | DK
marduk | Marduk Technologies | Marduk | EE
threod | Threod Systems | | EE
frankenburg | Frankenburg Technologies | | EE
origin-robotics | Origin Robotics | | LV
atlas-dynamics | Atlas Dynamics | | LV
brolis | Brolis | Brolis Semiconductors | LT
flytronic | Flytronic | | PL
mesko | Mesko | | PL
hsw | Huta Stalowa Wola | HSW | PL
pit-radwar | PIT-RADWAR | | PL
aps-poland | Advanced Protection Systems | | PL
excalibur-army | Excalibur Army | | CZ
primoco | Primoco UAV | Primoco | CZ
omnipol | Omnipol | | CZ
aero-vodochody | Aero Vodochody | | CZ
msm-group | MSM Group | | SK
n7 | N7 Holding | | HU
romarm | Romarm | | RO
aerostar-ro | Aerostar Bacău | Aerostar Bacau | RO
vmz | VMZ Sopot | | BG
arcus | Arcus | | BG
yugoimport | Yugoimport SDPR | Yugoimport | RS
edepro | EDePro | | RS
doking | DOK-ING | | HR
hai-gr | Hellenic Aerospace Industry | HAI | GR
intracom-defense | Intracom Defense | | GR
havelsan | Havelsan | | TR
mke | Makine ve Kimya Endüstrisi | MKE | TR
fnss | FNSS | | TR
otokar | Otokar | | TR
bmc | BMC | BMC Otomotiv | TR
vestel | Vestel | Vestel Defence; Vestel Savunma | TR
asfat | ASFAT | | TR
nurol | Nurol Makina | | TR
tei | TUSAŞ Engine Industries | TEI | TR
sarsilmaz | Sarsılmaz | Sarsilmaz | TR
airobotics | Airobotics | | IL
smart-shooter | Smart Shooter | | IL
spear-uav | Spear UAV | | IL
heven | Heven Drones | | IL
d-fend | D-Fend Solutions | D-Fend | IL
percepto | Percepto | | IL
elta | ELTA Systems | Elta | IL
imi | IMI Systems | | IL
controp | Controp | Controp Precision Technologies | IL
antonov | Antonov | Антонов | UA
fire-point | Fire Point | | UA
taf-drones | TAF Drones | TAF | UA
vyriy | Vyriy | Vyriy Drone | UA
athlon-avia | Athlon Avia | | UA
deviro | DeViRo | | UA
tencore | Tencore | | UA
infozahyst | Infozahyst | | UA
kvertus | Kvertus | | UA
ukrainian-armor | Ukrainian Armor | | UA
rostec | Rostec | Ростех | RU
kronstadt | Kronstadt | Kronstadt Group; Кронштадт | RU
almaz-antey | Almaz-Antey | | RU
hesa | HESA | Iran Aircraft Manufacturing Industrial Company | IR
shahed-aviation | Shahed Aviation Industries | | IR
catic | CATIC | China National Aero-Technology Import & Export Corporation; China National Aero-Technology Import and Export Corporation | CN
cac | Chengdu Aircraft Industry Group | Chengdu Aircraft Industrial Group; Chengdu Aircraft Corporation; Chengdu Aircraft | CN
ch-uav | Aerospace CH UAV | CH UAV | CN
asn | Xi'an ASN Technology Group | Xi'an ASN Technology; Xian ASN | CN
poly | Poly Technologies | China Poly Group; Poly Group | CN
cetc | CETC | China Electronics Technology Group Corporation; China Electronics Technology Group | CN
casic | CASIC | China Aerospace Science and Industry Corporation | CN
ehang | EHang | | CN
xag | XAG | | CN
autel | Autel Robotics | Autel | CN
yuneec | Yuneec | | CN
tengden | Sichuan Tengden | Tengden | CN
shenyang | Shenyang Aircraft Corporation | Shenyang Aircraft | CN
ncsist | National Chung-Shan Institute of Science and Technology | NCSIST; National Chung Shan Institute of Science and Technology | TW
aidc | Aerospace Industrial Development Corporation | AIDC | TW
thunder-tiger | Thunder Tiger | | TW
coretronic | Coretronic | Coretronic Intelligent Robotics | TW
lig-nex1 | LIG Nex1 | LIG Nex 1; LIGNex1; LIG넥스원 | KR
poongsan | Poongsan | | KR
hyundai-rotem | Hyundai Rotem | | KR
hd-hyundai | HD Hyundai | HD Hyundai Heavy Industries; Hyundai Heavy Industries; HD HHI | KR
hanwha-ocean | Hanwha Ocean | Daewoo Shipbuilding & Marine Engineering; DSME | KR
doosan | Doosan | Doosan Mobility Innovation; Doosan Enerbility | KR
snt-dynamics | SNT Dynamics | | KR
ihi | IHI Corporation | IHI | JP
mitsui | Mitsui & Co. | Mitsui; 三井物産 | JP
sumitomo | Sumitomo Corporation | Sumitomo; 住友商事 | JP
mitsubishi-corp | Mitsubishi Corporation | 三菱商事 | JP
marubeni | Marubeni | 丸紅 | JP
itochu | Itochu | 伊藤忠商事; 伊藤忠 | JP
toshiba | Toshiba | 東芝 | JP
nec | NEC | NEC Corporation; 日本電気 | JP
fujitsu | Fujitsu | 富士通 | JP
jsw-jp | Japan Steel Works | | JP
yamaha | Yamaha Motor | ヤマハ発動機 | JP
bharat-forge | Bharat Forge | Kalyani Group; Kalyani Strategic Systems | IN
larsen | Larsen & Toubro | L&T | IN
mahindra | Mahindra Defence | Mahindra Defence Systems; Mahindra | IN
zen | Zen Technologies | | IN
solar-industries | Solar Industries | Economic Explosives | IN
jsw-defence | JSW Defence | | IN
raphe | Raphe mPhibr | | IN
nrt | NewSpace Research and Technologies | | IN
bdl | Bharat Dynamics | BDL; Bharat Dynamics Limited | IN
garuda | Garuda Aerospace | | IN
alpha-design | Alpha Design Technologies | | IN
paras | Paras Defence | Paras Defence and Space Technologies | IN
dhaksha | Dhaksha Unmanned Systems | | IN
nescom | NESCOM | National Engineering and Scientific Commission | PK
pac | Pakistan Aeronautical Complex | PAC Kamra | PK
gids | Global Industrial & Defence Solutions | GIDS | PK
intra | Intra Defense Technologies | | SA
pif | Public Investment Fund | PIF | SA
aec-sa | Advanced Electronics Company | | SA
adasi | ADASI | | AE
halcon | Halcon | | AE
igg | International Golden Group | | AE
mubadala | Mubadala | | AE
barzan | Barzan Holdings | Barzan | QA
aoi | Arab Organization for Industrialization | AOI | EG
dicon | Defence Industries Corporation of Nigeria | DICON | NG
paramount | Paramount Group | | ZA
denel | Denel | | ZA
milkor | Milkor | | ZA
ael | AEL Sistemas | | BR
avibras | Avibras | | BR
siatt | SIATT | | BR
xmobots | XMobots | | BR
fadea | FAdeA | | AR
pt-pindad | PT Pindad | Pindad | ID
pt-pal | PT PAL | | ID
pt-len | PT Len Industri | Len Industri | ID
ptdi | PT Dirgantara Indonesia | Indonesian Aerospace; PTDI | ID
viettel | Viettel | | VN
austal | Austal | | AU
sypaq | SYPAQ | | AU
kupol | Kupol | Купол; Izhevsk Kupol | RU
enaer | ENAER | | CL
ciac | CIAC | Corporación de la Industria Aeronáutica Colombiana | CO
"""
