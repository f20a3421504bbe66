# ruff: noqa: E501  (data tables read better one entry a line)
"""Well-known drone, counter-drone and defence makers: the fallback gazetteer when no database
is at hand. General industry knowledge, one company a line: `key | name | aliases; … | country`."""

BUILTIN_COMPANIES = """
baykar | Baykar | Baykar Makina; Baykar Technologies; Baykar Defence | TR
turkish-aerospace | Turkish Aerospace | Turkish Aerospace Industries; TUSAŞ; TUSAS; TAI | TR
roketsan | Roketsan | | TR
stm | STM | STM Savunma; Savunma Teknolojileri Mühendislik | TR
aselsan | Aselsan | | TR
aerovironment | AeroVironment | AV Inc | US
general-atomics | General Atomics | General Atomics Aeronautical Systems; GA-ASI; GA ASI | US
kratos | Kratos | Kratos Defense; Kratos Defense & Security Solutions | US
anduril | Anduril | Anduril Industries | US
shield-ai | Shield AI | | US
skydio | Skydio | | US
teledyne-flir | Teledyne FLIR | FLIR Systems; Teledyne | US
textron | Textron | Textron Systems | US
northrop-grumman | Northrop Grumman | Northrop | US
lockheed-martin | Lockheed Martin | Lockheed | US
boeing | Boeing | Insitu; Boeing Insitu | US
l3harris | L3Harris | L3Harris Technologies; L3 Harris | US
raytheon | Raytheon | RTX | US
red-cat | Red Cat | Red Cat Holdings; Teal Drones | US
auterion | Auterion | | CH
elbit | Elbit Systems | Elbit | IL
iai | Israel Aerospace Industries | IAI | IL
rafael | Rafael Advanced Defense Systems | Rafael | IL
uvision | UVision | UVision Air | IL
aeronautics | Aeronautics | Aeronautics Ltd; Aeronautics Defense Systems | IL
xtend | XTEND | | IL
rheinmetall | Rheinmetall | | DE
quantum-systems | Quantum Systems | | DE
helsing | Helsing | | DE
airbus | Airbus | Airbus Defence and Space; Airbus Helicopters | FR
stark | Stark | Stark Defence | DE
hensoldt | Hensoldt | | DE
diehl | Diehl Defence | Diehl | DE
tekever | Tekever | | PT
milrem | Milrem Robotics | Milrem | EE
skyeton | Skyeton | | UA
ukrspecsystems | Ukrspecsystems | | UA
ukroboronprom | Ukroboronprom | Ukrainian Defense Industry; Ukrainian Defence Industry | UA
hanwha | Hanwha Aerospace | Hanwha; Hanwha Systems; Hanwha Defense | KR
korean-air | Korean Air | Korean Air Aerospace | KR
kai | Korea Aerospace Industries | KAI | KR
saab | Saab | | SE
thales | Thales | Thales Group | FR
leonardo | Leonardo | Leonardo DRS | IT
mbda | MBDA | | FR
safran | Safran | | FR
naval-group | Naval Group | | FR
delair | Delair | | FR
parrot | Parrot | | FR
edge | EDGE Group | EDGE | AE
kawasaki | Kawasaki Heavy Industries | Kawasaki | JP
mhi | Mitsubishi Heavy Industries | MHI; Mitsubishi Heavy | JP
mitsubishi-electric | Mitsubishi Electric | | JP
subaru | Subaru | Subaru Corporation | JP
terra-drone | Terra Drone | | JP
acsl | ACSL | ACSL Ltd | JP
dji | DJI | Da-Jiang Innovations; SZ DJI Technology | CN
avic | AVIC | Aviation Industry Corporation of China | CN
casc | CASC | China Aerospace Science and Technology Corporation | CN
norinco | Norinco | | CN
bae-systems | BAE Systems | BAE | GB
qinetiq | QinetiQ | | GB
babcock | Babcock | Babcock International | GB
wb-group | WB Group | WB Electronics | PL
pgz | Polska Grupa Zbrojeniowa | PGZ | PL
fly-eye | FlyEye | | PL
kongsberg | Kongsberg | Kongsberg Defence & Aerospace | NO
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
rosoboronexport | Rosoboronexport | | RU
kalashnikov | Kalashnikov | Kalashnikov Concern; ZALA Aero | RU
st-engineering | ST Engineering | | SG
calidus | Calidus | | AE
"""
