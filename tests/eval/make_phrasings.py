#!/usr/bin/env python3
"""make_phrasings.py - test pages written the way real conference sites phrase facts.

Usage
-----
    python3 make_phrasings.py OUT_DIR [--seed N] [--per-template K]

Writes
    OUT_DIR/_posts/YYYY-MM-DD-slug.md   one Markdown page (YAML front matter + body)
                                        per generated event; the file-name date is
                                        the page's publication date, never the event's
    OUT_DIR/labels.jsonl                one label per page (LABELLING.md format):
        {"corpus": "phrasings", "id": "_posts/....md", "city", "region", "country",
         "online", "start", "end", "topics": null, "template": "T07",
         "split": "dev"|"test", "note"}

Stdlib only and deterministic: the same --seed gives byte-identical output
(every template draws from its own random.Random("<seed>:<template id>")).
Default --per-template is 5.  Existing OUT_DIR/_posts/*.md and labels.jsonl
are replaced.

Template format
---------------
Each phrasing is a function decorated with @template(id, lang, kinds, source):

    @template("T07", "en", ["distractor", "month-cross"], "https://...")
    def t07(ev):              # ev: Event - place, dates, names, rng, renderers
        ...
        return Page(fm, body, online="in-person", note="...")

  * id      "T01".."Tnn"; the split (dev/test) is derived from it:
            sha256("phrasings/T07") first byte even -> dev, else test.
  * lang    en, es, fr, de, pt, it, ja, zh, nl, pl, sv, cs, ko, ru, tr
  * kinds   tags used for the summary: plain (facts stated plainly), online,
            hybrid, distractor, fm-only (facts only in front matter), month-cross,
            null (page about no event), partial (facts only partly knowable)
  * source  where the wording was found (details, with the original wording
            shortened, in PHRASINGS.md next to this script)
  * options in the decorator: pool= (which places fit the language/phrasing),
            days=(min,max) event length, cross=True forces a range that crosses
            a month boundary, pub=(lo,hi) publication offset in days relative
            to the start (negative = before the event), null=True for pages
            about no event (all facets null), extra=True lets the template draw
            from PLACES + EXTRA_PLACES (T61 on; T01-T60 draw from PLACES only, so
            adding places never changes their pages); extra=2 (T101 on) adds
            EXTRA2_PLACES as well, so the places added then leave T01-T100 alone.

The Page's labels default to the event's place and dates; a template overrides
them (Page(..., city=None, start=None, ...)) when the page does not let a careful
reader know them (online-only events: place null, online "online"; attendance
null when the page does not say; a month without days: dates null).

Sources: see PHRASINGS.md (template id -> URL or repo/path -> original wording).
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import sys

D = dt.date

# --------------------------------------------------------------------------
# Places: (city, region, country, cc, abbr, native-city-name, venue, street, postcode)
# city/region/country are the label values (common English names).
# --------------------------------------------------------------------------
PLACES_RAW = [
    # United States (ambiguous names carry their state)
    ("Portland", "Oregon", "United States", "US", "OR", "Portland", "Oregon Convention Center", "777 NE Martin Luther King Jr Blvd", "97232"),
    ("Portland", "Maine", "United States", "US", "ME", "Portland", "Merrill Auditorium", "20 Myrtle St", "04101"),
    ("Cambridge", "Massachusetts", "United States", "US", "MA", "Cambridge", "MIT Stata Center", "32 Vassar St", "02139"),
    ("Springfield", "Illinois", "United States", "US", "IL", "Springfield", "Prairie Capital Convention Center", "1 Convention Center Plaza", "62701"),
    ("Paris", "Texas", "United States", "US", "TX", "Paris", "Love Civic Center", "2025 S Collegiate Dr", "75460"),
    ("Austin", "Texas", "United States", "US", "TX", "Austin", "Austin Convention Center", "500 E Cesar Chavez St", "78701"),
    ("Pittsburgh", "Pennsylvania", "United States", "US", "PA", "Pittsburgh", "David L. Lawrence Convention Center", "1000 Fort Duquesne Blvd", "15222"),
    ("Salt Lake City", "Utah", "United States", "US", "UT", "Salt Lake City", "Salt Palace Convention Center", "100 S West Temple", "84101"),
    ("San Diego", "California", "United States", "US", "CA", "San Diego", "Town and Country Resort", "500 Hotel Cir N", "92108"),
    ("Raleigh", "North Carolina", "United States", "US", "NC", "Raleigh", "Raleigh Convention Center", "500 S Salisbury St", "27601"),
    ("Durham", "North Carolina", "United States", "US", "NC", "Durham", "Durham Convention Center", "301 W Morgan St", "27701"),
    ("Chicago", "Illinois", "United States", "US", "IL", "Chicago", "Hyatt Regency Chicago", "151 E Wacker Dr", "60601"),
    ("Seattle", "Washington", "United States", "US", "WA", "Seattle", "Seattle Convention Center", "705 Pike St", "98101"),
    ("Washington", "District of Columbia", "United States", "US", "DC", "Washington", "Walter E. Washington Convention Center", "801 Mt Vernon Pl NW", "20001"),
    ("Nashville", "Tennessee", "United States", "US", "TN", "Nashville", "Music City Center", "201 Rep. John Lewis Way S", "37203"),
    ("Boston", "Massachusetts", "United States", "US", "MA", "Boston", "Hynes Convention Center", "900 Boylston St", "02115"),
    ("Cleveland", "Ohio", "United States", "US", "OH", "Cleveland", "Huntington Convention Center", "300 Lakeside Ave E", "44113"),
    # Canada
    ("London", "Ontario", "Canada", "CA", "ON", "London", "RBC Place London", "300 York St", "N6B 1P8"),
    ("Montreal", "Quebec", "Canada", "CA", "QC", "Montréal", "Palais des congrès de Montréal", "1001 Place Jean-Paul-Riopelle", "H2Z 1H5"),
    ("Vancouver", "British Columbia", "Canada", "CA", "BC", "Vancouver", "Vancouver Convention Centre", "1055 Canada Pl", "V6C 0C3"),
    ("Toronto", "Ontario", "Canada", "CA", "ON", "Toronto", "Metro Toronto Convention Centre", "255 Front St W", "M5V 2W6"),
    # UK / Ireland
    ("London", "England", "United Kingdom", "GB", "", "London", "Barbican Centre", "Silk St", "EC2Y 8DS"),
    ("Cambridge", "England", "United Kingdom", "GB", "", "Cambridge", "Cambridge Union", "9A Bridge St", "CB2 1UB"),
    ("Manchester", "England", "United Kingdom", "GB", "", "Manchester", "Manchester Central", "Windmill St", "M2 3GX"),
    ("Edinburgh", "Scotland", "United Kingdom", "GB", "", "Edinburgh", "Edinburgh International Conference Centre", "150 Morrison St", "EH3 8EE"),
    ("Perth", "Scotland", "United Kingdom", "GB", "", "Perth", "Perth Concert Hall", "Mill St", "PH1 5HZ"),
    ("Cardiff", "Wales", "United Kingdom", "GB", "", "Cardiff", "Cardiff City Hall", "Cathays Park", "CF10 3ND"),
    ("Dublin", None, "Ireland", "IE", "", "Dublin", "The Convention Centre Dublin", "Spencer Dock, North Wall Quay", "D01 T1W6"),
    # Spain
    ("Valencia", "Valencian Community", "Spain", "ES", "", "València", "Palacio de Congresos de Valencia", "Av. de les Corts Valencianes, 60", "46015"),
    ("Madrid", "Community of Madrid", "Spain", "ES", "", "Madrid", "La Nave", "Calle Cifuentes, 5", "28021"),
    ("Barcelona", "Catalonia", "Spain", "ES", "", "Barcelona", "CCIB - Centre de Convencions Internacional de Barcelona", "Plaça de Willy Brandt, 11-14", "08019"),
    ("Málaga", "Andalusia", "Spain", "ES", "", "Málaga", "Palacio de Ferias y Congresos de Málaga", "Av. de José Ortega y Gasset, 201", "29006"),
    ("Bilbao", "Basque Country", "Spain", "ES", "", "Bilbao", "Palacio Euskalduna", "Abandoibarra Etorb., 4", "48011"),
    ("Burgos", "Castile and León", "Spain", "ES", "", "Burgos", "Fórum Evolución Burgos", "Paseo Sierra de Atapuerca, s/n", "09002"),
    # Latin America
    ("Córdoba", "Córdoba", "Argentina", "AR", "", "Córdoba", "Centro de Convenciones Córdoba", "Av. Cárcano s/n", "X5000"),
    ("Buenos Aires", None, "Argentina", "AR", "", "Buenos Aires", "Ciudad Cultural Konex", "Sarmiento 3131", "C1196AAG"),
    ("Bogotá", None, "Colombia", "CO", "", "Bogotá", "Ágora Bogotá", "Calle 24 #38-47", "111321"),
    ("Medellín", "Antioquia", "Colombia", "CO", "", "Medellín", "Plaza Mayor Medellín", "Calle 41 #55-80", "050015"),
    ("San José", None, "Costa Rica", "CR", "", "San José", "Teatro Nacional de Costa Rica", "Avenida 2, Calles 3 y 5", "10104"),
    ("Mexico City", None, "Mexico", "MX", "", "Ciudad de México", "World Trade Center Ciudad de México", "Montecito 38, Nápoles", "03810"),
    ("Guadalajara", "Jalisco", "Mexico", "MX", "", "Guadalajara", "Expo Guadalajara", "Av. Mariano Otero 1499", "44550"),
    ("Santiago", None, "Chile", "CL", "", "Santiago", "Centro Cultural Gabriela Mistral", "Av. Libertador Bernardo O'Higgins 227", "8320000"),
    ("Montevideo", None, "Uruguay", "UY", "", "Montevideo", "Antel Arena", "Av. Dámaso Antonio Larrañaga s/n", "11600"),
    ("Lima", None, "Peru", "PE", "", "Lima", "Centro de Convenciones de Lima", "Av. Arqueología 206, San Borja", "15036"),
    # Brazil / Portugal
    ("São Paulo", "São Paulo", "Brazil", "BR", "SP", "São Paulo", "Universidade Anhembi Morumbi - Campus Vila Olímpia", "R. Casa do Ator, 275", "04546-001"),
    ("Florianópolis", "Santa Catarina", "Brazil", "BR", "SC", "Florianópolis", "CentroSul - Centro de Convenções de Florianópolis", "Av. Gov. Gustavo Richard, 850", "88010-290"),
    ("Belo Horizonte", "Minas Gerais", "Brazil", "BR", "MG", "Belo Horizonte", "Minascentro", "Av. Augusto de Lima, 785", "30190-001"),
    ("Caxias do Sul", "Rio Grande do Sul", "Brazil", "BR", "RS", "Caxias do Sul", "Universidade de Caxias do Sul", "R. Francisco Getúlio Vargas, 1130", "95070-560"),
    ("Lisbon", None, "Portugal", "PT", "", "Lisboa", "Centro de Congressos de Lisboa", "Praça das Indústrias 1", "1300-307"),
    ("Porto", None, "Portugal", "PT", "", "Porto", "Alfândega do Porto", "Rua Nova da Alfândega", "4050-430"),
    ("Faro", "Algarve", "Portugal", "PT", "", "Faro", "Teatro das Figuras", "Horta das Figuras", "8000-505"),
    # France / Belgium / Switzerland
    ("Paris", "Île-de-France", "France", "FR", "", "Paris", "Palais des Congrès de Paris", "2 Place de la Porte Maillot", "75017"),
    ("Lyon", "Auvergne-Rhône-Alpes", "France", "FR", "", "Lyon", "Centre de Congrès de Lyon", "50 Quai Charles de Gaulle", "69006"),
    ("Nantes", "Pays de la Loire", "France", "FR", "", "Nantes", "Cité des Congrès de Nantes", "5 Rue de Valmy", "44000"),
    ("Toulouse", "Occitania", "France", "FR", "", "Toulouse", "Centre de Congrès Pierre Baudis", "11 Esplanade Compans Caffarelli", "31000"),
    ("Clermont-Ferrand", "Auvergne-Rhône-Alpes", "France", "FR", "", "Clermont-Ferrand", "Polydôme", "Place du 1er Mai", "63100"),
    ("Lille", "Hauts-de-France", "France", "FR", "", "Lille", "Lille Grand Palais", "1 Boulevard des Cités Unies", "59777"),
    ("Brussels", None, "Belgium", "BE", "", "Bruxelles", "ULB Solbosch Campus", "Avenue Franklin Roosevelt 50", "1050"),
    ("Zurich", None, "Switzerland", "CH", "", "Zürich", "Kongresshaus Zürich", "Claridenstrasse 5", "8002"),
    ("Bern", None, "Switzerland", "CH", "", "Bern", "Kursaal Bern", "Kornhausstrasse 3", "3013"),
    ("Geneva", None, "Switzerland", "CH", "", "Genève", "CICG - Centre International de Conférences Genève", "Rue de Varembé 17", "1202"),
    # Germany / Austria
    ("Düsseldorf", "North Rhine-Westphalia", "Germany", "DE", "", "Düsseldorf", "CCD Congress Center Düsseldorf", "Stockumer Kirchstraße 61", "40474"),
    ("Berlin", None, "Germany", "DE", "", "Berlin", "Alte Münze", "Molkenmarkt 2", "10179"),
    ("Munich", "Bavaria", "Germany", "DE", "", "München", "ICM - Internationales Congress Center München", "Am Messesee 6", "81829"),
    ("Nuremberg", "Bavaria", "Germany", "DE", "", "Nürnberg", "NCC Ost - Messezentrum Nürnberg", "Messezentrum 1", "90471"),
    ("Magdeburg", "Saxony-Anhalt", "Germany", "DE", "", "Magdeburg", "AMO Kultur- und Kongresshaus", "Erich-Weinert-Straße 27", "39104"),
    ("Cologne", "North Rhine-Westphalia", "Germany", "DE", "", "Köln", "Gürzenich Köln", "Martinstraße 29-37", "50667"),
    ("Dresden", "Saxony", "Germany", "DE", "", "Dresden", "Internationales Congress Center Dresden", "Ostra-Ufer 2", "01067"),
    ("Hamburg", None, "Germany", "DE", "", "Hamburg", "CCH - Congress Center Hamburg", "Congressplatz 1", "20355"),
    ("Vienna", None, "Austria", "AT", "", "Wien", "Marx Halle", "Karl-Farkas-Gasse 19", "1030"),
    ("Graz", "Styria", "Austria", "AT", "", "Graz", "Messe Congress Graz", "Messeplatz 1", "8010"),
    # Italy
    ("Milan", "Lombardy", "Italy", "IT", "", "Milano", "Superstudio Più", "Via Tortona 27", "20144"),
    ("Florence", "Tuscany", "Italy", "IT", "", "Firenze", "Palazzo dei Congressi", "Piazza Adua 1", "50123"),
    ("Modena", "Emilia-Romagna", "Italy", "IT", "", "Modena", "Laboratorio Aperto Modena", "Viale Buon Pastore 43", "41125"),
    ("Rome", "Lazio", "Italy", "IT", "", "Roma", "Università Roma Tre - Dipartimento di Ingegneria", "Via Vito Volterra 62", "00146"),
    ("Turin", "Piedmont", "Italy", "IT", "", "Torino", "Lingotto Fiere", "Via Nizza 294", "10126"),
    ("Bologna", "Emilia-Romagna", "Italy", "IT", "", "Bologna", "Palazzo dei Congressi di Bologna", "Piazza della Costituzione 4", "40128"),
    # Nordics / Central & Eastern Europe / Benelux
    ("Malmö", "Skåne", "Sweden", "SE", "", "Malmö", "Malmö Live", "Dag Hammarskjölds torg 4", "211 18"),
    ("Stockholm", None, "Sweden", "SE", "", "Stockholm", "Stockholmsmässan", "Mässvägen 1, Älvsjö", "125 80"),
    ("Copenhagen", None, "Denmark", "DK", "", "København", "Bella Center", "Center Boulevard 5", "2300"),
    ("Oslo", None, "Norway", "NO", "", "Oslo", "Oslo Spektrum", "Sonja Henies plass 2", "0185"),
    ("Helsinki", None, "Finland", "FI", "", "Helsinki", "Messukeskus Helsinki", "Messuaukio 1", "00520"),
    ("Kraków", "Lesser Poland", "Poland", "PL", "", "Kraków", "ICE Kraków Congress Centre", "ul. Marii Konopnickiej 17", "30-302"),
    ("Warsaw", "Masovia", "Poland", "PL", "", "Warszawa", "PGE Narodowy", "al. Księcia J. Poniatowskiego 1", "03-901"),
    ("Prague", None, "Czech Republic", "CZ", "", "Praha", "Prague Congress Centre", "5. května 1640/65", "140 00"),
    ("Amsterdam", "North Holland", "Netherlands", "NL", "", "Amsterdam", "RAI Amsterdam", "Europaplein 24", "1078 GZ"),
    ("Tallinn", None, "Estonia", "EE", "", "Tallinn", "Kultuurikatel", "Põhja pst 27a", "10415"),
    # Asia
    ("Tokyo", None, "Japan", "JP", "", "Tokyo", "Ota City Industrial Plaza PiO", "1-20-20 Minami-Kamata, Ota-ku", "144-0035"),
    ("Osaka", "Osaka Prefecture", "Japan", "JP", "", "Osaka", "Grand Front Osaka", "3-1 Ofukacho, Kita-ku", "530-0011"),
    ("Hiroshima", "Hiroshima Prefecture", "Japan", "JP", "", "Hiroshima", "Hiroshima International Conference Center", "1-5 Nakajimacho, Naka-ku", "730-0811"),
    ("Kyoto", "Kyoto Prefecture", "Japan", "JP", "", "Kyoto", "Kyoto International Conference Center", "Takaragaike, Sakyo-ku", "606-0001"),
    ("Fukuoka", "Fukuoka Prefecture", "Japan", "JP", "", "Fukuoka", "Fukuoka International Congress Center", "2-1 Sekijomachi, Hakata-ku", "812-0032"),
    ("Nara", "Nara Prefecture", "Japan", "JP", "", "Nara", "Nara Kasugano International Forum", "101 Kasugano-cho", "630-8212"),
    ("Sapporo", "Hokkaido", "Japan", "JP", "", "Sapporo", "Sapporo Convention Center", "1-1 Higashi-Sapporo 6-jo, Shiroishi-ku", "003-0006"),
    ("Shanghai", None, "China", "CN", "", "Shanghai", "Shanghai World Expo Center", "1099 Guozhan Road, Pudong", "200126"),
    ("Beijing", None, "China", "CN", "", "Beijing", "China National Convention Center", "7 Tianchen East Road, Chaoyang District", "100105"),
    ("Shenzhen", "Guangdong", "China", "CN", "", "Shenzhen", "Shenzhen Convention & Exhibition Center", "Fuhua 3rd Road, Futian District", "518048"),
    ("Hangzhou", "Zhejiang", "China", "CN", "", "Hangzhou", "Hangzhou International Expo Center", "353 Benjing Avenue, Xiaoshan", "311215"),
    ("Xiamen", "Fujian", "China", "CN", "", "Xiamen", "Xiamen International Conference Center", "198 Huandao East Road, Siming District", "361008"),
    ("Guangzhou", "Guangdong", "China", "CN", "", "Guangzhou", "Yuexiu International Congress Center", "Huanshi East Road, Yuexiu District", "510060"),
    ("Chengdu", "Sichuan", "China", "CN", "", "Chengdu", "Chengdu Century City International Convention Center", "Century City Road, Gaoxin District", "610041"),
    ("Taipei", None, "Taiwan", "TW", "", "Taipei", "Academia Sinica Humanities and Social Sciences Building", "128 Academia Road, Sec. 2, Nangang", "115"),
    ("Seoul", None, "South Korea", "KR", "", "Seoul", "COEX", "513 Yeongdong-daero, Gangnam-gu", "06164"),
    ("Singapore", None, "Singapore", "SG", "", "Singapore", "Marina Bay Sands Expo and Convention Centre", "10 Bayfront Ave", "018956"),
    ("Bengaluru", "Karnataka", "India", "IN", "", "Bengaluru", "NIMHANS Convention Centre", "Hosur Road", "560029"),
    ("Chennai", "Tamil Nadu", "India", "IN", "", "Chennai", "Chennai Trade Centre", "Mount Poonamallee Road, Nandambakkam", "600089"),
    ("Hyderabad", "Telangana", "India", "IN", "", "Hyderabad", "HICC Novotel", "Izzat Nagar, Kondapur", "500084"),
    # Africa / Oceania / Middle East
    ("Nairobi", None, "Kenya", "KE", "", "Nairobi", "Kenyatta International Convention Centre", "Harambee Avenue", "00100"),
    ("Lagos", "Lagos State", "Nigeria", "NG", "", "Lagos", "Landmark Centre", "Water Corporation Drive, Victoria Island", "106104"),
    ("Accra", "Greater Accra", "Ghana", "GH", "", "Accra", "Accra International Conference Centre", "Castle Road", "GA-110"),
    ("Cape Town", "Western Cape", "South Africa", "ZA", "", "Cape Town", "Cape Town International Convention Centre", "1 Lower Long St", "8001"),
    ("Melbourne", "Victoria", "Australia", "AU", "VIC", "Melbourne", "Melbourne Convention and Exhibition Centre", "1 Convention Centre Pl, South Wharf", "3006"),
    ("Perth", "Western Australia", "Australia", "AU", "WA", "Perth", "Perth Convention and Exhibition Centre", "21 Mounts Bay Rd", "6000"),
    ("Wellington", None, "New Zealand", "NZ", "", "Wellington", "Tākina Wellington Convention Centre", "50 Cable St, Te Aro", "6011"),
    ("Istanbul", None, "Turkey", "TR", "", "İstanbul", "Haliç Congress Center", "Karaağaç Cd. No:1, Sütlüce", "34445"),
    ("Tel Aviv", None, "Israel", "IL", "", "Tel Aviv", "Expo Tel Aviv", "Rokach Blvd 101", "6902068"),
]

# Cities whose name alone is ambiguous (the page states the region/country).
AMBIGUOUS = {("Portland", "Oregon"), ("Portland", "Maine"), ("Cambridge", "Massachusetts"),
             ("Cambridge", "England"), ("London", "Ontario"), ("London", "England"),
             ("Paris", "Texas"), ("Perth", "Scotland"), ("Perth", "Western Australia"),
             ("Springfield", "Illinois"), ("Valencia", "Valencian Community"),
             ("Córdoba", "Córdoba"), ("San José", None), ("Santiago", None)}

# City names in other languages (when different from the native/English name).
CITY_L = {
    "London": {"es": "Londres", "fr": "Londres", "pt": "Londres", "it": "Londra", "ja": "ロンドン", "zh": "伦敦"},
    "Munich": {"es": "Múnich", "fr": "Munich", "pt": "Munique", "it": "Monaco di Baviera", "ja": "ミュンヘン", "zh": "慕尼黑"},
    "Cologne": {"es": "Colonia", "fr": "Cologne", "pt": "Colônia", "it": "Colonia"},
    "Nuremberg": {"es": "Núremberg", "fr": "Nuremberg", "pt": "Nuremberga", "it": "Norimberga"},
    "Vienna": {"es": "Viena", "fr": "Vienne", "pt": "Viena", "it": "Vienna", "ja": "ウィーン", "zh": "维也纳"},
    "Brussels": {"es": "Bruselas", "fr": "Bruxelles", "de": "Brüssel", "pt": "Bruxelas", "it": "Bruxelles", "zh": "布鲁塞尔"},
    "Geneva": {"es": "Ginebra", "fr": "Genève", "de": "Genf", "pt": "Genebra", "it": "Ginevra"},
    "Zurich": {"es": "Zúrich", "fr": "Zurich", "de": "Zürich", "pt": "Zurique", "it": "Zurigo"},
    "Bern": {"es": "Berna", "fr": "Berne", "pt": "Berna", "it": "Berna"},
    "Lisbon": {"es": "Lisboa", "fr": "Lisbonne", "de": "Lissabon", "pt": "Lisboa", "it": "Lisbona"},
    "Milan": {"es": "Milán", "fr": "Milan", "de": "Mailand", "pt": "Milão", "it": "Milano"},
    "Florence": {"es": "Florencia", "fr": "Florence", "de": "Florenz", "pt": "Florença", "it": "Firenze"},
    "Rome": {"es": "Roma", "fr": "Rome", "de": "Rom", "pt": "Roma", "it": "Roma"},
    "Turin": {"es": "Turín", "fr": "Turin", "de": "Turin", "pt": "Turim", "it": "Torino"},
    "Mexico City": {"es": "Ciudad de México", "fr": "Mexico", "de": "Mexiko-Stadt", "pt": "Cidade do México", "it": "Città del Messico"},
    "Montreal": {"es": "Montreal", "fr": "Montréal", "de": "Montreal", "pt": "Montreal", "it": "Montréal"},
    "Valencia": {"es": "Valencia", "fr": "Valence"},
    "Paris": {"es": "París", "ja": "パリ", "zh": "巴黎"},
    "Berlin": {"es": "Berlín", "pt": "Berlim", "it": "Berlino", "ja": "ベルリン", "zh": "柏林"},
    "Bilbao": {"zh": "毕尔巴鄂", "ja": "ビルバオ"},
    "Tokyo": {"ja": "東京", "zh": "东京", "es": "Tokio", "fr": "Tokyo", "de": "Tokio", "pt": "Tóquio", "it": "Tokyo"},
    "Osaka": {"ja": "大阪", "zh": "大阪"},
    "Hiroshima": {"ja": "広島", "zh": "广岛"},
    "Kyoto": {"ja": "京都", "zh": "京都"},
    "Fukuoka": {"ja": "福岡", "zh": "福冈"},
    "Nara": {"ja": "奈良", "zh": "奈良"},
    "Sapporo": {"ja": "札幌", "zh": "札幌"},
    "Shanghai": {"zh": "上海", "ja": "上海"},
    "Beijing": {"zh": "北京", "ja": "北京"},
    "Shenzhen": {"zh": "深圳", "ja": "深圳"},
    "Hangzhou": {"zh": "杭州", "ja": "杭州"},
    "Xiamen": {"zh": "厦门", "ja": "厦門"},
    "Guangzhou": {"zh": "广州", "ja": "広州"},
    "Chengdu": {"zh": "成都", "ja": "成都"},
    "Taipei": {"zh": "台北", "ja": "台北"},
    "Seoul": {"zh": "首尔", "ja": "ソウル", "es": "Seúl"},
    "Singapore": {"zh": "新加坡", "ja": "シンガポール", "es": "Singapur", "fr": "Singapour", "de": "Singapur", "pt": "Singapura", "it": "Singapore"},
    "Barcelona": {"zh": "巴塞罗那", "ja": "バルセロナ"},
    "Madrid": {"zh": "马德里", "ja": "マドリード"},
    "Amsterdam": {"es": "Ámsterdam", "zh": "阿姆斯特丹"},
    "Prague": {"es": "Praga", "fr": "Prague", "de": "Prag", "pt": "Praga", "it": "Praga"},
    "Warsaw": {"es": "Varsovia", "fr": "Varsovie", "de": "Warschau", "pt": "Varsóvia", "it": "Varsavia"},
    "Kraków": {"es": "Cracovia", "fr": "Cracovie", "de": "Krakau", "pt": "Cracóvia", "it": "Cracovia"},
    "Copenhagen": {"es": "Copenhague", "fr": "Copenhague", "de": "Kopenhagen", "pt": "Copenhaga", "it": "Copenaghen"},
    "Stockholm": {"es": "Estocolmo", "pt": "Estocolmo", "it": "Stoccolma"},
}

COUNTRY_L = {
    "Spain": {"es": "España", "fr": "Espagne", "de": "Spanien", "pt": "Espanha", "it": "Spagna", "ja": "スペイン", "zh": "西班牙"},
    "Argentina": {"es": "Argentina", "pt": "Argentina", "fr": "Argentine", "de": "Argentinien", "it": "Argentina"},
    "Colombia": {"es": "Colombia", "pt": "Colômbia", "fr": "Colombie", "de": "Kolumbien", "it": "Colombia"},
    "Costa Rica": {"es": "Costa Rica", "pt": "Costa Rica", "fr": "Costa Rica", "de": "Costa Rica", "it": "Costa Rica"},
    "Mexico": {"es": "México", "pt": "México", "fr": "Mexique", "de": "Mexiko", "it": "Messico"},
    "Chile": {"es": "Chile", "pt": "Chile", "fr": "Chili", "de": "Chile", "it": "Cile"},
    "Uruguay": {"es": "Uruguay", "pt": "Uruguai", "fr": "Uruguay", "de": "Uruguay", "it": "Uruguay"},
    "Peru": {"es": "Perú", "pt": "Peru", "fr": "Pérou", "de": "Peru", "it": "Perù"},
    "Brazil": {"es": "Brasil", "pt": "Brasil", "fr": "Brésil", "de": "Brasilien", "it": "Brasile"},
    "Portugal": {"es": "Portugal", "pt": "Portugal", "fr": "Portugal", "de": "Portugal", "it": "Portogallo"},
    "France": {"es": "Francia", "fr": "France", "de": "Frankreich", "pt": "França", "it": "Francia", "ja": "フランス", "zh": "法国"},
    "Belgium": {"es": "Bélgica", "fr": "Belgique", "de": "Belgien", "pt": "Bélgica", "it": "Belgio", "zh": "比利时"},
    "Switzerland": {"es": "Suiza", "fr": "Suisse", "de": "Schweiz", "pt": "Suíça", "it": "Svizzera"},
    "Germany": {"es": "Alemania", "fr": "Allemagne", "de": "Deutschland", "pt": "Alemanha", "it": "Germania", "ja": "ドイツ", "zh": "德国"},
    "Austria": {"es": "Austria", "fr": "Autriche", "de": "Österreich", "pt": "Áustria", "it": "Austria"},
    "Italy": {"es": "Italia", "fr": "Italie", "de": "Italien", "pt": "Itália", "it": "Italia"},
    "Canada": {"es": "Canadá", "fr": "Canada", "de": "Kanada", "pt": "Canadá", "it": "Canada"},
    "United States": {"es": "Estados Unidos", "fr": "États-Unis", "de": "USA", "pt": "Estados Unidos", "it": "Stati Uniti", "ja": "アメリカ", "zh": "美国"},
    "Japan": {"ja": "日本", "zh": "日本"},
    "China": {"zh": "中国", "ja": "中国"},
    "Taiwan": {"zh": "台湾", "ja": "台湾"},
    "Singapore": {"zh": "新加坡", "ja": "シンガポール"},
    "South Korea": {"zh": "韩国", "ja": "韓国"},
    "Netherlands": {"zh": "荷兰", "de": "Niederlande", "fr": "Pays-Bas", "es": "Países Bajos", "pt": "Países Baixos", "it": "Paesi Bassi"},
    "United Kingdom": {"de": "Vereinigtes Königreich", "fr": "Royaume-Uni", "es": "Reino Unido", "pt": "Reino Unido", "it": "Regno Unito", "ja": "イギリス", "zh": "英国"},
    "Ireland": {"de": "Irland", "fr": "Irlande", "es": "Irlanda", "pt": "Irlanda", "it": "Irlanda"},
    "Finland": {"de": "Finnland", "fr": "Finlande", "es": "Finlandia", "pt": "Finlândia", "it": "Finlandia"},
    "Norway": {"de": "Norwegen", "fr": "Norvège", "es": "Noruega", "pt": "Noruega", "it": "Norvegia"},
    "Estonia": {"de": "Estland", "fr": "Estonie", "es": "Estonia", "pt": "Estónia", "it": "Estonia"},
    "Czech Republic": {"es": "Chequia", "fr": "Tchéquie", "de": "Tschechien", "pt": "Chéquia", "it": "Cechia"},
    "Poland": {"es": "Polonia", "fr": "Pologne", "de": "Polen", "pt": "Polônia", "it": "Polonia"},
    "Denmark": {"es": "Dinamarca", "fr": "Danemark", "de": "Dänemark", "pt": "Dinamarca", "it": "Danimarca"},
    "Sweden": {"es": "Suecia", "fr": "Suède", "de": "Schweden", "pt": "Suécia", "it": "Svezia"},
}

# Japanese / Chinese venue names and addresses.
VENUE_L = {
    ("Tokyo", "ja"): ("大田区産業プラザPiO", "〒144-0035 東京都大田区南蒲田1-20-20"),
    ("Osaka", "ja"): ("グランフロント大阪 ナレッジキャピタル", "〒530-0011 大阪府大阪市北区大深町3-1"),
    ("Hiroshima", "ja"): ("広島国際会議場", "〒730-0811 広島県広島市中区中島町1-5"),
    ("Kyoto", "ja"): ("国立京都国際会館", "〒606-0001 京都府京都市左京区宝ヶ池"),
    ("Fukuoka", "ja"): ("福岡国際会議場", "〒812-0032 福岡県福岡市博多区石城町2-1"),
    ("Nara", "ja"): ("奈良春日野国際フォーラム 甍", "〒630-8212 奈良県奈良市春日野町101"),
    ("Sapporo", "ja"): ("札幌コンベンションセンター", "〒003-0006 北海道札幌市白石区東札幌6条1丁目1-1"),
    ("Shanghai", "zh"): ("上海世博中心", "上海市浦东新区国展路1099号"),
    ("Beijing", "zh"): ("国家会议中心", "北京市朝阳区天辰东路7号"),
    ("Shenzhen", "zh"): ("深圳会展中心", "广东省深圳市福田区福华三路"),
    ("Hangzhou", "zh"): ("杭州国际博览中心", "浙江省杭州市萧山区奔竞大道353号"),
    ("Xiamen", "zh"): ("厦门国际会议中心", "福建省厦门市思明区环岛东路198号"),
    ("Guangzhou", "zh"): ("广州越秀国际会议中心", "广东省广州市越秀区环市东路"),
    ("Chengdu", "zh"): ("成都世纪城国际会议中心", "四川省成都市高新区世纪城路"),
    ("Taipei", "zh"): ("中央研究院人文社会科学馆", "台北市南港区研究院路二段128号"),
    ("Singapore", "zh"): ("滨海湾金沙会展中心", "新加坡海湾舫大道10号"),
}
JA_PREF = {"Tokyo": "東京都", "Osaka": "大阪府", "Hiroshima": "広島県", "Kyoto": "京都府",
           "Fukuoka": "福岡県", "Nara": "奈良県", "Sapporo": "北海道"}


class Place:
    def __init__(self, t):
        (self.city, self.region, self.country, self.cc, self.abbr, self.native,
         self.venue, self.street, self.postcode) = t

    def key(self):
        return (self.city, self.region, self.country)

    def city_in(self, lang):
        names = CITY_L.get(self.city, {})
        if lang in names:
            return names[lang]
        if lang in ("ja", "zh"):
            return self.city
        if lang == "en":
            return self.native if self.native in ("Montréal", "Zürich") else self.city
        return self.native

    def country_in(self, lang):
        if lang == "en":
            return self.country
        return COUNTRY_L.get(self.country, {}).get(lang, self.country)

    def address(self, lang="en"):
        """Postal address line as the venue's own country writes it."""
        city = self.native
        if self.cc in ("US", "CA"):
            return f"{self.street}, {city}, {self.abbr} {self.postcode}"
        if self.cc == "AU":
            return f"{self.street}, {city} {self.abbr} {self.postcode}"
        if self.cc == "BR":
            return f"{self.street} - {city} - {self.abbr}, {self.postcode}"
        if self.cc in ("GB", "IE", "IN", "ZA", "KE", "NG", "GH", "NZ", "SG", "KR", "TW", "CN", "JP", "IL"):
            return f"{self.street}, {city} {self.postcode}"
        return f"{self.street}, {self.postcode} {city}"

    def city_full_en(self):
        """'Portland, Oregon' / 'London, Ontario' / 'Bern, Switzerland'."""
        if self.cc in ("US", "CA"):
            return f"{self.city_in('en')}, {self.region}"
        return f"{self.city_in('en')}, {self.country}"

    def city_region_en(self):
        """'Portland, OR' / 'London, Ontario' / 'Bern, Switzerland' style."""
        if self.cc == "US":
            return f"{self.city}, {self.abbr}"
        return f"{self.city_in('en')}, {self.region if self.cc == 'CA' else self.country}"


PLACES = [Place(t) for t in PLACES_RAW]

# Places added with T61-T100 (used only by templates with extra=True).
EXTRA_PLACES_RAW = [
    ("Utrecht", "Utrecht", "Netherlands", "NL", "", "Utrecht", "Jaarbeurs Utrecht", "Jaarbeursplein 6", "3521 AL"),
    ("Rotterdam", "South Holland", "Netherlands", "NL", "", "Rotterdam", "De Doelen", "Schouwburgplein 50", "3012 CL"),
    ("Eindhoven", "North Brabant", "Netherlands", "NL", "", "Eindhoven", "Evoluon", "Noord Brabantlaan 1A", "5652 LA"),
    ("Katowice", "Silesia", "Poland", "PL", "", "Katowice", "Międzynarodowe Centrum Kongresowe", "pl. Sławika i Antałkiewicza 1", "40-005"),
    ("Wrocław", "Lower Silesia", "Poland", "PL", "", "Wrocław", "Hala Stulecia", "ul. Wystawowa 1", "51-618"),
    ("Poznań", "Greater Poland", "Poland", "PL", "", "Poznań", "Międzynarodowe Targi Poznańskie", "ul. Głogowska 14", "60-734"),
    ("Gdańsk", "Pomerania", "Poland", "PL", "", "Gdańsk", "Europejskie Centrum Solidarności", "pl. Solidarności 1", "80-863"),
    ("Vigo", "Galicia", "Spain", "ES", "", "Vigo", "Auditorio Mar de Vigo", "Av. da Beiramar, 59", "36202"),
    ("Leipzig", "Saxony", "Germany", "DE", "", "Leipzig", "Congress Center Leipzig", "Seehausener Allee 1", "04356"),
    ("Goiânia", "Goiás", "Brazil", "BR", "GO", "Goiânia", "Centro de Cultura e Convenções de Goiânia", "R. 4, 1400 - Centro", "74020-060"),
    ("San Francisco", "California", "United States", "US", "CA", "San Francisco", "Moscone Center", "747 Howard St", "94103"),
    ("Leeds", "England", "United Kingdom", "GB", "", "Leeds", "Leeds Conference Centre", "Cloth Hall Court, Quebec St", "LS1 2HA"),
    ("Oxford", "England", "United Kingdom", "GB", "", "Oxford", "Examination Schools", "75-81 High St", "OX1 4BG"),
    ("Gothenburg", "Västra Götaland", "Sweden", "SE", "", "Göteborg", "Svenska Mässan", "Mässans gata 20", "412 51"),
]
EXTRA_PLACES = [Place(t) for t in EXTRA_PLACES_RAW]

POOLS = {
    "all": lambda p: True,
    "us": lambda p: p.cc == "US",
    "na": lambda p: p.cc in ("US", "CA"),
    "ambiguous": lambda p: (p.city, p.region) in AMBIGUOUS,
    "na_plain": lambda p: p.cc in ("US", "CA") and (p.city, p.region) not in AMBIGUOUS,
    "de_named": lambda p: "de" in COUNTRY_L.get(p.country, {}),
    "fr_named": lambda p: "fr" in COUNTRY_L.get(p.country, {}),
    "zh_named": lambda p: "zh" in CITY_L.get(p.city, {}) and "zh" in COUNTRY_L.get(p.country, {}),
    "es": lambda p: p.cc in ("ES", "AR", "CO", "CR", "MX", "CL", "UY", "PE"),
    "fr": lambda p: p.cc in ("FR", "BE") or p.city in ("Geneva", "Montreal"),
    "de": lambda p: p.cc in ("DE", "AT") or p.city in ("Zurich", "Bern"),
    "pt": lambda p: p.cc in ("BR", "PT"),
    "it": lambda p: p.cc == "IT",
    "ja": lambda p: p.cc == "JP",
    "zh": lambda p: (p.city, "zh") in VENUE_L,
    "eu": lambda p: p.cc in ("DE", "AT", "CH", "FR", "BE", "NL", "IT", "ES", "PT", "SE", "DK", "NO", "FI", "PL", "CZ", "EE", "IE", "GB"),
}

# --------------------------------------------------------------------------
# Date rendering
# --------------------------------------------------------------------------
MON = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}
MON_ABBR_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_DOT_EN = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
WD = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "pt": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "ja": ["月", "火", "水", "木", "金", "土", "日"],
    "zh": ["一", "二", "三", "四", "五", "六", "日"],
}


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suf}"


def mname(d, lang="en", style="full"):
    if lang == "en":
        return {"full": MON["en"], "abbr": MON_ABBR_EN, "dot": MON_DOT_EN}[style][d.month - 1]
    return MON[lang][d.month - 1]


def en_md(d, style="full", year=True, wd=False, ordn=False):
    day = ordinal(d.day) if ordn else str(d.day)
    s = f"{mname(d, 'en', style)} {day}"
    if wd:
        s = f"{WD['en'][d.weekday()]}, {s}"
    if year:
        s += f", {d.year}"
    return s


def en_range(s, e, style="full", dash="–", year=True, dmy=False, spaced=None):
    """Oct 3–4, 2024 / Sep 29 – Oct 2, 2025 / 3–4 October 2024 / 29 September – 2 October 2025."""
    if s == e:
        return (f"{s.day} {mname(s, 'en', style)} {s.year}" if dmy else en_md(s, style, year))
    if spaced is None:
        spaced = s.month != e.month
    sep = f" {dash} " if spaced else dash
    if s.year != e.year:
        if dmy:
            return f"{s.day} {mname(s, 'en', style)} {s.year}{sep}{e.day} {mname(e, 'en', style)} {e.year}"
        return f"{en_md(s, style)}{sep}{en_md(e, style)}"
    y = f" {s.year}" if year else ""
    if dmy:
        if s.month == e.month:
            return f"{s.day}{sep}{e.day} {mname(s, 'en', style)}{y}"
        return f"{s.day} {mname(s, 'en', style)}{sep}{e.day} {mname(e, 'en', style)}{y}"
    yc = f", {s.year}" if year else ""
    if s.month == e.month:
        return f"{mname(s, 'en', style)} {s.day}{sep}{e.day}{yc}"
    return f"{mname(s, 'en', style)} {s.day}{sep}{mname(e, 'en', style)} {e.day}{yc}"


def iso(d):
    return d.isoformat() if d else None


def days_between(s, e):
    out, d = [], s
    while d <= e:
        out.append(d)
        d += dt.timedelta(days=1)
    return out


# --------------------------------------------------------------------------
# Event names
# --------------------------------------------------------------------------
TECH = ["Python", "Rust", "Go", "JavaScript", "Kubernetes", "Django", "PHP", "Ruby", "Data", "Cloud Native",
        "Open Source", "DevOps", "Linux", "Postgres", "Web", "Java", "Elixir", "Flutter", "AI", "Security"]
SERIES_PATTERNS = [
    "{Tech}Conf {city}", "{tech} Days {city}", "DevFest {city}", "{tech} Summit {city}",
    "{city} {tech} Conference", "{Tech}Camp {city}", "{city}JS", "Py{city}", "{tech} Community Day {city}",
    "{city} Dev Days", "WordCamp {city}", "{tech} Unconf {city}",
]


def slugify(s):
    s = s.lower()
    repl = {"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "ê": "e", "á": "a", "à": "a",
            "â": "a", "ã": "a", "í": "i", "ó": "o", "ô": "o", "õ": "o", "ú": "u", "ç": "c", "ñ": "n",
            "å": "a", "ł": "l", "ø": "o", "ā": "a", "İ": "i", "ń": "n", "ś": "s", "ż": "z", "ź": "z",
            "ć": "c", "ę": "e", "ą": "a"}
    s = "".join(repl.get(ch, ch) for ch in s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "page"


# --------------------------------------------------------------------------
# Front matter (a small YAML writer: keys in the given order)
# --------------------------------------------------------------------------
class Raw(str):
    """A scalar written exactly as given (dates, times, odd spellings)."""


_PLAIN_OK = re.compile(r"^[A-Za-z0-9À-ɏ\u3000-\u9fff\uff00-\uffef][^:#\n]*$")


def yscalar(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, Raw):
        return str(v)
    s = str(v)
    if s and _PLAIN_OK.match(s) and not s.endswith(" ") and s.lower() not in ("yes", "no", "true", "false", "null", "on", "off") \
            and not re.match(r"^\d", s):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_lines(obj, indent=0):
    pad = " " * indent
    out = []
    for k, v in obj.items():
        if isinstance(v, dict):
            out.append(f"{pad}{k}:")
            out.extend(yaml_lines(v, indent + 2))
        elif isinstance(v, list):
            out.append(f"{pad}{k}:")
            for item in v:
                if isinstance(item, dict):
                    sub = yaml_lines(item, indent + 4)
                    first = sub[0].lstrip()
                    out.append(f"{pad}  - {first}")
                    out.extend(sub[1:])
                else:
                    out.append(f"{pad}  - {yscalar(item)}")
        else:
            val = yscalar(v)
            out.append(f"{pad}{k}:" + (f" {val}" if val != "" else ""))
    return out


def front_matter(fm):
    return "---\n" + "\n".join(yaml_lines(fm)) + "\n---\n"


# --------------------------------------------------------------------------
# Event + Page
# --------------------------------------------------------------------------
_UNSET = object()


class Page:
    def __init__(self, fm, body, online=None, note="", **labels):
        self.fm, self.body, self.online, self.note = fm, body, online, note
        self.labels = labels  # overrides: city, region, country, start, end


class Event:
    def __init__(self, rng, tpl, k):
        self.rng = rng
        self.k = k
        opts = tpl.opts
        if opts.get("extra") == 2:  # T101 on: PLACES + EXTRA_PLACES + EXTRA2_PLACES
            src = PLACES + EXTRA_PLACES + EXTRA2_PLACES
        else:
            src = PLACES + EXTRA_PLACES if opts.get("extra") else PLACES
        pool = [p for p in src if POOLS[opts.get("pool", "all")](p)]
        self.place = pool[(k + rng.randrange(len(pool))) % len(pool)]
        default_other = opts.get("pool", "all") if tpl.lang != "en" else "all"
        others = [p for p in src if p.city != self.place.city and POOLS[opts.get("other_pool", default_other)](p)]
        self.other = rng.choice(others)           # a distractor place
        self.other2 = rng.choice([p for p in others if p.city != self.other.city])
        dmin, dmax = opts.get("days", (2, 3))
        ndays = rng.randint(dmin, dmax)
        year = rng.randint(opts.get("ymin", 2019), opts.get("ymax", 2027))
        if opts.get("cross"):
            month = rng.randint(1, 12)
            first_next = D(year + (month == 12), month % 12 + 1, 1)
            back = rng.randint(1, ndays - 1) if ndays > 1 else 1
            if ndays < 2:
                ndays, back = 2, 1
            self.start = first_next - dt.timedelta(days=back)
        else:
            month = opts.get("month") or rng.randint(1, 12)
            day = rng.randint(1, 28 - ndays)
            self.start = D(year, month, day)
            if opts.get("weekday") is not None:  # move to the wanted weekday
                while self.start.weekday() != opts["weekday"]:
                    self.start += dt.timedelta(days=1)
        self.end = self.start + dt.timedelta(days=ndays - 1)
        if self.end.year > opts.get("ymax", 2027):  # keep events inside 2019-2027 (same weekdays)
            self.start -= dt.timedelta(days=364)
            self.end -= dt.timedelta(days=364)
        lo, hi = opts.get("pub", (-150, -21))
        self.pub = self.start + dt.timedelta(days=rng.randint(lo, hi))
        self.year = self.start.year
        self.tech = rng.choice(TECH)
        default_nl = tpl.lang if tpl.lang in ("es", "fr", "de", "pt", "it") else "en"
        city_for_name = self.place.city_in(opts.get("name_lang", default_nl)) if opts.get("name_city", True) else ""
        pat = opts.get("name") or rng.choice(SERIES_PATTERNS)
        if "WordCamp" in pat:
            self.tech = "WordPress"
        elif "JS" in pat:
            self.tech = "JavaScript"
        elif "Py{city}" in pat:
            self.tech = "Python"
            city_for_name = city_for_name.replace(" ", "")
        self.series = pat.format(tech=self.tech, city=city_for_name, Tech=self.tech.replace(" ", "")).strip()
        self.series = re.sub(r"\s+", " ", self.series)
        self.name = f"{self.series} {self.year}"
        self.edition = rng.randint(3, 19)

    # shorthand
    @property
    def p(self):
        return self.place

    def before(self, lo, hi):
        return self.start - dt.timedelta(days=self.rng.randint(lo, hi))

    def after(self, lo, hi):
        return self.end + dt.timedelta(days=self.rng.randint(lo, hi))

    def pick(self, *xs):
        return self.rng.choice(xs)


TEMPLATES = []


class Tpl:
    def __init__(self, tid, lang, kinds, source, fn, opts):
        self.id, self.lang, self.kinds, self.source, self.fn, self.opts = tid, lang, kinds, source, fn, opts

    @property
    def split(self):
        return "dev" if hashlib.sha256(f"phrasings/{self.id}".encode()).digest()[0] % 2 == 0 else "test"


def template(tid, lang, kinds, source, **opts):
    def deco(fn):
        TEMPLATES.append(Tpl(tid, lang, kinds, source, fn, opts))
        return fn
    return deco


# --------------------------------------------------------------------------
# Shared prose (fillers real pages carry around the facts)
# --------------------------------------------------------------------------
def blurb_en(ev):
    return ev.pick(
        f"{ev.series} is a community-run conference for people who build with {ev.tech}: talks, workshops, "
        f"a hallway track that never quite ends, and plenty of coffee.",
        f"Every year, {ev.tech} developers, maintainers and the merely curious gather for two tracks of talks, "
        f"hands-on workshops and lightning talks. Everyone is welcome, from first-time attendees to core contributors.",
        f"Our goal is simple: bring together the {ev.tech} community to share what we have learned, "
        f"meet the people behind the projects we depend on, and have a good time doing it.",
        f"This is a non-profit event organised by volunteers. Tickets cover the venue, catering and the "
        f"live captioning of every talk; sponsors make the rest possible.",
    )


# ==========================================================================
# Templates
# ==========================================================================

@template("T01", "en", ["plain"], "pytorch/pytorch.github.io _events/*.md (local corpus pytorch-site); code search 'LF Member Summit' event page",
          pool="na", days=(1, 5))
def t01(ev):
    p = ev.p
    fm = {"category": "event", "title": Raw(f'"{ev.series}"'), "date": Raw(en_md(ev.start, "abbr"))}
    rng_s = en_range(ev.start, ev.end, "abbr", dash="-", spaced=True)
    body = (f'<span class="community-event">Community Event</span>\n\n'
            f"**Date**: {rng_s}   \n**Location**: {p.city_region_en()}\n\n"
            f"{blurb_en(ev)}\n\n"
            f"Hosted at {p.venue}, the event will kick off with keynotes in the morning, followed by "
            f"breakout sessions and a community reception.\n\n[Learn more](https://example.org/{slugify(ev.series)})\n")
    return Page(fm, body, online="in-person", note="**Date**/**Location** lines; 'Hosted at VENUE' -> in-person")


@template("T31", "en", ["null"], "site-wide code of conduct pages (djangocon-us, kcd local corpora; Jekyll templates)",
          null=True)
def t31(ev):
    fm = {"layout": "page", "title": "Code of Conduct", "permalink": "/code-of-conduct/"}
    body = ("All attendees, speakers, sponsors and volunteers at our conferences and meetups are required to agree "
            "with the following code of conduct. Organisers will enforce this code throughout every event.\n\n"
            "## The short version\n\nOur events are dedicated to providing a harassment-free experience for everyone, "
            "regardless of gender, gender identity and expression, age, sexual orientation, disability, physical "
            "appearance, body size, race, ethnicity, religion (or lack thereof), or technology choices.\n\n"
            "## Reporting\n\nIf you are being harassed, notice that someone else is being harassed, or have any other "
            "concerns, please contact a member of staff immediately. Staff can be identified by their bright "
            "lanyards. You can also email conduct@example.org at any time; we aim to respond within 24 hours.\n\n"
            f"This policy was last updated on {en_md(ev.pub)} and is adapted from the Geek Feminism wiki.\n")
    return Page(fm, body, note="site-wide code of conduct; about no event (last-updated date is not an event date)")


@template("T36", "es", ["distractor"], "https://www.vidaeconomica.com/2022/04/j-on-the-beach-malaga-tecnologia/ ; PyAr/wiki conferencias.rst",
          pool="es", days=(2, 3))
def t36(ev):
    p = ev.p
    cfp = ev.before(60, 110)
    m = MON["es"]
    fm = {"title": f"{ev.name}: abierto el registro", "date": Raw(iso(ev.pub)), "lang": "es"}
    if ev.start.month == ev.end.month:
        rango = f"del {ev.start.day} al {ev.end.day} de {m[ev.start.month-1]} de {ev.year}"
    else:
        rango = f"del {ev.start.day} de {m[ev.start.month-1]} al {ev.end.day} de {m[ev.end.month-1]} de {ev.end.year}"
    body = (f"La {ev.edition}ª edición de **{ev.series}** se celebrará {rango} en el {p.venue}, "
            f"en {p.city_in('es')} ({p.country_in('es')}).\n\n"
            f"Algo que empezó como un encuentro muy local se ha convertido en una referencia para la comunidad de "
            f"{ev.tech}: charlas, talleres y mucho networking con asistentes de más de 30 países.\n\n"
            f"### Llamada a ponencias\n\nEl plazo para enviar propuestas termina el {cfp.day} de {m[cfp.month-1]} "
            f"de {cfp.year}. Las personas seleccionadas recibirán la confirmación unas semanas después.\n\n"
            f"Hace unos años lo celebramos en {ev.other.city_in('es')}, pero la comunidad quería volver a "
            f"{p.city_in('es')} por cercanía y conexiones.\n")
    return Page(fm, body, online="in-person", note="'se celebrará del X al Y de MES de AAAA en VENUE, en CIUDAD'; CFP deadline and old host city are distractors")


@template("T02", "en", ["distractor"], "pyconjp/www.pycon.jp source/index.md (PyCon JP 2025/2024 announcements)",
          days=(2, 3))
def t02(ev):
    p = ev.p
    prev_s = D(ev.year - 1, ev.start.month, min(ev.start.day, 26))
    prev_e = prev_s + (ev.end - ev.start)
    s = f"{WD['en'][ev.start.weekday()]}, {mname(ev.start)} {ordinal(ev.start.day)}"
    e = f"{WD['en'][ev.end.weekday()]}, {mname(ev.end)} {ordinal(ev.end.day)}, {ev.end.year}"
    n = len(days_between(ev.start, ev.end))
    fm = {"title": f"{ev.series} Association", "date": Raw(iso(ev.pub))}
    body = (f"## Latest news\n\nFor the latest news about {ev.series}, follow our blog and social accounts.\n\n"
            f"## {ev.name}\n\n{ev.name} will be held in {p.city_in('en')}!\n\n"
            f"{ev.name} will be held over {['one', 'two', 'three', 'four'][n-1]} days, from **{s} to {e}**, "
            f"at the {p.venue}!  \nWe are excited to welcome many participants, speakers, and sponsors again this "
            f"year, and we have a variety of sessions planned.\n\nFor detailed information and the latest updates, "
            f"please check our official website. We will be updating it regularly, so stay tuned!\n\n"
            f"## {ev.series} {ev.year - 1}\n\n{ev.series} {ev.year - 1} took place on "
            f"{en_range(prev_s, prev_e)} in {ev.other.city_full_en()}. Thanks to all participants, sponsors and "
            f"volunteer staff, we were able to hold the event safely.\n\n"
            f"Please refer to the history page for information on past events.\n")
    return Page(fm, body, online="in-person",
                note="'will be held over N days, from **Weekday, Month Nth to Weekday, Month Nth, YYYY**, at VENUE'; last year's edition is a distractor")


@template("T03", "en", ["null", "distractor"], "code search: 'Python Conferences' list (PyCascades 'Dates: February 23-24, 2019 / Location: Seattle, WA')",
          null=True)
def t03(ev):
    rng = ev.rng
    picks = rng.sample(PLACES, 4)
    y = ev.year
    parts = []
    for i, pl in enumerate(picks):
        nm = rng.choice(["Py", "Dev", "Data", "Web"]) + slugify(pl.city).split("-")[0].capitalize()
        s = D(y, rng.randint(1, 12), rng.randint(1, 25))
        e = s + dt.timedelta(days=rng.randint(1, 2))
        dates = (f"Dates: {en_range(s, e, dash='-')}" if i != 2 else
                 f"Dates (likely): {rng.choice(['Early', 'Mid', 'Late'])} {mname(s)} {y}")
        loc = pl.city_region_en() if pl.cc == "US" else f"{pl.city_in('en')}, {pl.country}"
        parts.append(f"## {nm}\n\nURL: https://{nm.lower()}.example.org/\nTwitter: https://twitter.com/{nm.lower()}\n"
                     f"{dates}\nLocation: {loc}\n")
    fm = {"title": f"{ev.tech} conferences in {y}", "date": Raw(iso(ev.pub))}
    body = (f"# {ev.tech} Conferences\n\nA list of regional conferences we would like to attend this year, "
            f"with their dates where known.\n\n" + "\n".join(parts))
    return Page(fm, body, note="list of several conferences (Dates:/Location: per entry); the page is about no single event")


@template("T04", "en", ["distractor"], "https://belegantt.com/wcus24-the-wordcamp-that-preceded-the-storm/",
          pool="na", days=(2, 4), pub=(10, 60), name="WordCamp {city}")
def t04(ev):
    p = ev.p
    first_year = ev.year - ev.edition
    fm = {"title": f"{ev.name}: the {ev.series} that preceded the storm", "date": Raw(iso(ev.pub)),
          "categories": ["community", "events"]}
    body = (f"{ev.name}, {p.city_full_en()}\n\n"
            f"The first {ev.series.split()[0]}, attended by about 500 people, was held in {first_year} in "
            f"{ev.other.city_in('en')}. Many years later, it returned to the spotlight. The impact of the final "
            f"keynote was so strong that many forget {ev.name}, in its {ordinal(ev.edition)} edition, took place "
            f"from {en_range(ev.start, ev.end, dash='-', year=False)} in the vibrant city of {p.city_full_en()}.\n\n"
            f"Once again, we gathered for one of the most awaited events for the entire community. It was an "
            f"opportunity for exchange, collaboration, and learning face-to-face without screens. I participated "
            f"for the first time, and I did it as an organizer on the Attendee Experience team.\n\n"
            f"The organization for the event started a year before, with the team leaders preparing the structure "
            f"and logistics.\n")
    return Page(fm, body, online="in-person",
                note="past-tense report: 'took place from Month D-D in the vibrant city of CITY, STATE' (year from the name); first edition's city/year are distractors")


@template("T05", "en", ["online"], "http://central.wordcamp.org/news/page/6/ (WordCamp Taiwan 2021)",
          days=(2, 2), name="WordCamp {city}", other_pool="all")
def t05(ev):
    p = ev.p
    region = ("the " + p.country) if p.country in ("United States", "United Kingdom", "Netherlands", "Czech Republic") else p.country
    ev.series = f"WordCamp {p.country}"
    ev.name = f"{ev.series} {ev.year}"
    fm = {"title": f"{ev.name} is coming on {mname(ev.start)} {ev.start.day}-{ev.end.day if ev.start.month == ev.end.month else mname(ev.end) + ' ' + str(ev.end.day)}. Get Your Free Ticket Now!",
          "date": Raw(iso(ev.pub)), "categories": ["Events", "Online", "WordCamps"]}
    body = (f"WFH (work from home) cannot stop us.\nLet's WFH (WordPress from home).\n\n"
            f"Tickets for the first-ever {ev.series} are now available! {ev.series} is a regional online "
            f"WordCamp happening on {en_range(ev.start, ev.end)}. By purchasing a ticket, you can attend the event "
            f"online OR participate in a local in-person watch party of the camp organized by a local WordPress "
            f"meetup group in {region}.\n\nAnd yes, you guessed it right: tickets are completely free!\n\n"
            f"{ev.name} is a two-day event and has one session track and one workshop track. You can also watch "
            f"live streaming for the session track on YouTube. The online event including networking will also "
            f"take place on Gather Town.\n\nWe look forward to seeing you this weekend!\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'a regional online WordCamp happening on DATES'; local watch parties do not make it in-person; place null")


@template("T06", "en", ["hybrid", "plain"], "https://theblogpros.com/category/wordcamp-us (WordCamp US 2022 schedule + livestream)",
          pool="na", days=(3, 3), pub=(-31, -31), name="WordCamp {city}")
def t06(ev):
    p = ev.p
    d1, d2, d3 = days_between(ev.start, ev.end)
    fm = {"title": f"{ev.name} Publishes Speaker Schedule, Livestream Will Be Available", "date": Raw(iso(ev.pub))}
    body = (f"{ev.series} kicks off one month from today in {p.city_region_en()}, and organizers have published "
            f"the full schedule for all sessions. The three-day event will feature three tracks with a combination "
            f"of lightning talks (15 min), standard talks (45 min), and workshops (1 hr+).\n\n"
            f"The sessions begin on {mname(d1)} {d1.day}, and continue through the next day, capped off with a "
            f"Q&A with the project lead. Contributor Day is scheduled for {WD['en'][d3.weekday()]}, "
            f"{mname(d3)} {d3.day}.\n\nUnfortunately, for many hoping to attend, all 650 of the available tickets "
            f"sold out within the first day. Everyone else will need to tune into the livestream. The sessions in "
            f"two of the three tracks will be live streamed; the workshops will not. The livestream page is already "
            f"published and no special tickets will be required.\n\n"
            f"### {ev.name} Tickets Now On Sale: Limited to 650 Attendees\n\n{ev.series} will be hosting an "
            f"in-person event in {p.city_in('en')} this year. The three-day event will run from "
            f"{en_range(ev.start, ev.end, dash='-', year=False)} at {p.venue}.\n")
    return Page(fm, body, online="hybrid",
                note="no year in the body (title/publication date); 'kicks off one month from today in CITY, ST'; in-person + public livestream = hybrid")


@template("T07", "en", ["distractor"], "https://piskachev.com/?p=215 ; https://www.sysbee.net/posts/we-were-on-fosdem.html (FOSDEM)",
          pool="eu", days=(2, 2), pub=(3, 20))
def t07(ev):
    p = ev.p
    s, e = ev.start, ev.end
    if s.month == e.month:
        when = f"on the {ordinal(s.day)} and {ordinal(e.day)} {mname(s)}"
    else:
        when = f"on the {ordinal(s.day)} {mname(s)} and the {ordinal(e.day)} {mname(e)}"
    y0 = ev.year - ev.edition
    fm = {"title": f"{ev.series} {ev.year}", "date": Raw(f"{ev.pub.strftime('%B')} {ev.pub.day}, {ev.pub.year}"),
          "author": "vivalavida37"}
    body = (f"This year, I attended the {ev.series} conference {when} in {p.city_in('en')}. It is a yearly event "
            f"organized by volunteers and supported via sponsorship, but aggressive marketing is not allowed. "
            f"Here are a few facts about this conference:\n\n"
            f"- after one pilot event in {y0}, the first {ev.series} was in {y0 + 1}\n"
            f"- located at the {p.venue} in {p.city_in('en')}\n"
            f"- {ev.rng.randint(300, 800)} talks at this year's edition\n- about {ev.rng.randint(3, 9)}000+ participants\n"
            f"- the participation is free of charge, and there is no registration\n\n"
            f"I liked the atmosphere at this event. The people are very friendly and relaxed. Because it is very "
            f"crowded, the seats in the rooms are limited; for the talks you miss there is a live stream while you "
            f"wait in a queue, and recorded lectures appear online within days.\n")
    return Page(fm, body, online="in-person",
                note="ordinal days without year ('on the 3rd and 4th February'; year from title); recordings/stream-in-queue do not make it hybrid; first-edition years are distractors")


@template("T08", "en", ["online", "distractor"], "https://sm21.scg.ch/location ; https://sabe2020.hse.ru/faq ; https://nanosafety2020.leibniz-nanosicherheit.de/conference-guidelines/",
          days=(2, 4))
def t08(ev):
    until = ev.after(40, 70)
    fm = {"title": "Online Conference Information", "date": Raw(iso(ev.pub)), "layout": "page"}
    body = (f"## {ev.name}\n\n**Dates:** {en_range(ev.start, ev.end, dmy=True)}\n\n"
            f"The Event will be held online in a virtual conference location.\n\n"
            f"During the registration process, you will generate a profile and login credentials. After the login "
            f"you will find a 'Join the Online Symposium' button that guides you to the virtual conference room "
            f"(Gather Town).\n\n### What time zone is indicated in the program?\n\nAll times in the schedule are "
            f"Central European Summer Time (CEST, UTC+2) - Berlin, Paris, Brussels. Please double check the day and "
            f"local time, to make sure you will not miss your session.\n\n### Will the sessions be recorded?\n\n"
            f"Sessions will be recorded. The recordings will be accessible through the conference platform until "
            f"{until.day} {mname(until)} {until.year} and will then be deleted permanently.\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'held online in a virtual conference location'; cities in the time-zone note and the recordings deadline are distractors")


@template("T09", "en", ["distractor"], "howcom2021/howcom2021.github.io dates.md ; Baiyangx/Baiyangx.github.io _pages/conferences.md",
          days=(1, 3))
def t09(ev):
    p = ev.p
    d_abs = ev.before(80, 100)
    d_pap = d_abs + dt.timedelta(days=7)
    d_not = d_pap + dt.timedelta(days=28)
    d_cam = d_not + dt.timedelta(days=7)
    d_prog = ev.before(8, 12)
    wk = (f"**{en_md(ev.start)}**" if ev.start == ev.end else f"**{en_range(ev.start, ev.end, dash='-')}**")
    fm = {"layout": "page", "title": "Important dates", "permalink": "/dates", "order": 7}
    body = (f"# Important dates\n\n* **{en_md(d_abs)}** - Abstract submission deadline.\n"
            f"* **{en_md(d_pap)}** - Paper submission deadline.\n* **{en_md(d_not)}** - Notification of acceptance.\n"
            f"* **{en_md(d_cam)}** - Final papers submission deadline.\n"
            f"* **{en_md(d_prog)}** - Final program announced.\n* {wk} - Workshop.\n\n"
            f"## Venue\n\nThe {ev.tech} Workshop ({ev.name}) is co-located with {ev.tech} Summit {ev.year} and takes "
            f"place at the {p.venue}, {p.address()}.\n")
    return Page(fm, body, online="in-person",
                note="bullet list of deadlines; the workshop date is the last bullet; venue with postal address")


@template("T10", "en", ["plain"], "code search: Quarto workshop page ('## When/Where ### **28.11.2023** 13:00 - 18:00 ... ### **Bern University** - GIUB Room 302')",
          pool="eu", days=(2, 2))
def t10(ev):
    p = ev.p
    d1, d2 = ev.start, ev.end
    fm = {"title": "Workshop Information", "format": {"gfm": {"fig-width": 7, "wrap": "none"}}}
    body = (f"The workshop is going to take place in person.\n\n<br>\n\n## When/Where \n\n"
            f"### **{d1.strftime('%d.%m.%Y')}** 13:00 - 18:00 \n### **{d2.strftime('%d.%m.%Y')}** 8:15 - 9:30 (if needed)\n\n"
            f"### **{p.venue}**, {p.city_in('en')} - Room {ev.rng.randint(100, 420)} \n\n<br>\n\n## Presenter\n\n"
            f"### Dr. Ana Novák\n  * Assistant Professor of {ev.tech} at Charles University (CZ)\n"
            f"  * email: ana.novak(at)example.org\n")
    return Page(fm, body, online="in-person",
                note="dd.mm.yyyy headings under 'When/Where'; presenter's university country (CZ) is not the place")


@template("T11", "en", ["distractor"], "code search: Firedrake '22 workshop page (rst) 'will be held at Dartington Hall in Totnes from 4-6 January 2023'",
          pool="eu", days=(2, 3), month=1)
def t11(ev):
    p = ev.p
    yy = (ev.year - 1) % 100
    title = f"{ev.tech.replace(' ', '')} '{yy:02d}"
    fm = {"title": title, "date": Raw(iso(ev.pub))}
    body = (f"{title}\n{'-' * len(title)}\n\nThe slightly inaccurately named {title} user and developer workshop "
            f"will be held at {p.venue} in {p.city_in('en')} from {ev.start.day}-{ev.end.day} {mname(ev.start)} "
            f"{ev.year}. The event is cohosted by two universities.\n\nThe workshop is an opportunity for users and "
            f"developers to engage with each other to communicate the ways that the project can be used, the latest "
            f"developments, and the future developments anticipated.\n")
    return Page(fm, body, online="in-person",
                note="the year in the event's name ('22) is not the event's year; 'from D-D Month YYYY'")


@template("T12", "en", ["online", "distractor"], "https://cunyvirtualhackathon.devpost.com/rules ; https://stemwarriorhacks-winter.devpost.com/rules",
          days=(2, 3), name="{city} Virtual Hackathon")
def t12(ev):
    reg = ev.before(5, 14)
    fm = {"title": f"{ev.name} - Official Rules", "date": Raw(iso(ev.pub))}
    body = (f"## Dates\n\nHackathon dates are from {en_range(ev.start, ev.end, dash='-')}\n\n## Eligibility\n\n"
            f"All members of the team must sign up for the event online via Eventbrite and the official Devpost "
            f"page before {en_md(reg)} in order to be eligible to participate. Teams can be of any size, however, a "
            f"maximum of 5 people per team will qualify for prizes. Teams can consist of remote members. At least "
            f"one person from the team must attend the virtual pitching session to present their solution.\n\n"
            f"## Submission Requirements\n\n1. Submit your project via Devpost before 11:59 PM PST on "
            f"{ev.end.month}/{ev.end.day}.\n2. Include a 5 minute or less demo video of your project.\n"
            f"3. The project's source code must be publicly accessible via GitHub.\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="virtual hackathon ('Hackathon dates are from ...'; remote teams, virtual pitching); the city in the name is not a venue; registration deadline is a distractor")


@template("T13", "en", ["online", "month-cross"], "https://dev.to/page/do-hackathon-rules (DigitalOcean App Platform Hackathon on DEV)",
          days=(14, 32), cross=True, name="{Tech} Hackathon on DEV", name_city=False)
def t13(ev):
    fm = {"title": f"{ev.name} - Contest Rules", "date": Raw(iso(ev.pub)), "layout": "page"}
    body = (f"{ev.series} Contest\nSponsored by Dev Community Inc. (\"Sponsor\")\n\n"
            f"NO ENTRY FEE. NO PURCHASE NECESSARY TO ENTER OR WIN. VOID WHERE PROHIBITED.\n\n"
            f"We urge you to carefully read the terms and conditions of this Contest Announcement Page and the "
            f"General Contest Official Rules.\n\nContest Name: {ev.series}\n\n"
            f"Entry Period: The Contest begins on {en_md(ev.start)} at 9:00 AM PT and ends on {en_md(ev.end)} at "
            f"11:59 PM PT (the \"Entry Period\")\n\nHow to Enter: All entries must be submitted no later than the end "
            f"of the Entry Period, as a published post in the #{slugify(ev.tech).replace('-', '')}hackathon tag.\n\n"
            f"Winners Announced: on or about {en_md(ev.after(14, 21))}\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="online contest: 'Entry Period: begins on ... and ends on ...'; winners announcement date is a distractor")


@template("T14", "en", ["distractor"], "http://www.cacconference.org/faq ('When is the conference? August 7-10, 2017. The conference ends at 11:30am on Thursday, August 10th.')",
          days=(3, 4))
def t14(ev):
    p = ev.p
    early = ev.before(50, 70)
    fm = {"title": "Frequently Asked Questions", "date": Raw(iso(ev.pub)), "permalink": "/faq"}
    body = (f"## Frequently Asked Questions\n\n**When is the conference?**\n\n"
            f"{en_range(ev.start, ev.end, dash='-')}. The conference ends at 11:30am on "
            f"{WD['en'][ev.end.weekday()]}, {mname(ev.end)} {ordinal(ev.end.day)}.\n\n**Where is it held?**\n\n"
            f"At the {p.venue}, {p.address()}. A room block is available at two nearby hotels.\n\n"
            f"**Do you offer a group registration rate?**\n\nThe conference does not offer a group registration "
            f"rate. The only discounted rate offered is the early-registration rate of $495, if registered and paid "
            f"before {mname(early)} {ordinal(early.day)}.\n\n**Can I register on-site?**\n\nYes. You will have to pay "
            f"the on-site registration fee of $625.\n")
    return Page(fm, body, online="in-person", note="FAQ answers; early-registration deadline is a distractor")


@template("T15", "en", ["hybrid"], "code search: schema.org Event JSON-LD (Webflow Conf 2025: MixedEventAttendanceMode, PostalAddress, VirtualLocation)",
          days=(1, 3))
def t15(ev):
    p = ev.p
    addr = {"@type": "PostalAddress", "streetAddress": p.street, "addressLocality": p.native,
            "postalCode": p.postcode, "addressCountry": p.cc}
    if p.abbr:
        addr = {"@type": "PostalAddress", "streetAddress": p.street, "addressLocality": p.native,
                "addressRegion": p.abbr, "postalCode": p.postcode, "addressCountry": p.cc}
    ld = {"@context": "https://schema.org", "@type": "Event", "name": ev.name,
          "startDate": iso(ev.start), "endDate": iso(ev.end), "datePublished": iso(ev.pub),
          "eventAttendanceMode": "https://schema.org/MixedEventAttendanceMode",
          "eventStatus": "https://schema.org/EventScheduled",
          "location": [{"@type": "Place", "name": p.venue, "address": addr},
                       {"@type": "VirtualLocation", "url": f"https://{slugify(ev.series)}.example.com/live"}]}
    fm = {"title": ev.name, "date": Raw(iso(ev.pub)), "layout": "event"}
    body = (f"{blurb_en(ev)}\n\nCome for the talks, stay for the people - or join the broadcast from wherever you "
            f"are.\n\n<script type=\"application/ld+json\">\n{json.dumps(ld, ensure_ascii=False, indent=2)}\n</script>\n")
    return Page(fm, body, online="hybrid", note="facts in embedded schema.org JSON-LD: MixedEventAttendanceMode, Place + VirtualLocation")


@template("T16", "en", ["plain"], "rydrman/pipedev.org content/posts/2019-04-10-first-meeting.md ('### Tuesday, April 16, 2019 | 6:30pm - 8:30pm / #### 900 Howe St #100, Vancouver, BC')",
          pool="na", days=(1, 1), pub=(-9, -4), name="{city} {tech} Meetup")
def t16(ev):
    p = ev.p
    fm = {"date": Raw(iso(ev.pub)), "title": Raw('"First Meeting"'), "weight": 100}
    body = (f"Hi All!\n\nThanks to those who responded to the survey that I sent out. If you just subscribed to the "
            f"list you likely didn't get the email, but now you are getting this one!\n\nFor our first meeting, things "
            f"will be pretty low key. I really want to hear your thoughts on the group and what you'd be interested "
            f"in seeing going forward.\n\n### {en_md(ev.start, wd=True)} | 6:30pm - 8:30pm\n#### {p.street}, "
            f"{p.native}, {p.abbr}\nLook for a **{slugify(ev.tech).upper()}** sign, I will do my best to get us a "
            f"little space.\n")
    return Page(fm, body, online="in-person", note="meetup heading 'Weekday, Month D, YYYY | 6:30pm - 8:30pm' + street address heading; front-matter date is publication")


@template("T17", "en", ["plain"], "local corpus refresh-dc src/_posts/2017-10-26-design-leadership-workshop.md (dtstart/dtend, venue id, 'Getting to ISL')",
          pool="na", days=(1, 1), pub=(-30, -7), name="Refresh {city}")
def t17(ev):
    p = ev.p
    vid = slugify(p.venue).split("-")[0][:6]
    base = {"ET": 5, "CT": 6, "MT": 7, "PT": 8}[
        {"IL": "CT", "TN": "CT", "TX": "CT", "UT": "MT", "CA": "PT", "OR": "PT", "WA": "PT", "BC": "PT"}.get(p.abbr, "ET")]
    off = f"-{base - (1 if 4 <= ev.start.month <= 10 else 0):02d}:00"
    fm = {"title": f"{ev.tech} Leadership Workshop", "dtstart": Raw(f"{iso(ev.start)}T18:30:00{off}"),
          "dtend": Raw(f"{iso(ev.start)}T20:30:00{off}"), "venue": vid, "speakers": ["jo_golden"],
          "rsvp": {"name": "nvite", "url": "https://nvite.example.com/refresh/emo267"}}
    body = (f"Do you see yourself as a {ev.tech} leader? Let's talk about it. Better yet, let's co-create new "
            f"possibilities together with a group of other passionate practitioners.\n\n## About the Speaker\n\n"
            f"Hi, I'm Dr. Jo Golden. I co-lead an all-volunteer chapter where we teach human-centered design in the "
            f"community.\n\n## Getting to {p.venue}\n\n{p.venue} is located at {p.street} in {p.city_in('en')}. "
            f"The closest transit stop is a five-minute walk away.\n\nWe'll kick things off promptly at 7:00 PM, but "
            f"come by a bit early and enjoy food and drinks provided by our wonderful hosts!\n")
    return Page(fm, body, online="in-person", note="dtstart/dtend in front matter (ISO with offset); venue is an id; 'VENUE is located at STREET in CITY'")


@template("T18", "en", ["fm-only"], "code search: owddm Osaka meetup pages (dateTime, duration, numeric venue, howToFindUs)",
          days=(1, 1), pub=(-20, -6), name="{city} Web Dev & Design Meetup")
def t18(ev):
    p = ev.p
    fm = {"title": f"{ev.pick('Hot summer hot topics', 'Late autumn talks', 'Spring talks')} - {ev.series}",
          "dateTime": Raw(f"{iso(ev.start)} {ev.pick('17:30', '18:00', '18:30', '19:00')}"), "duration": 120,
          "cover": "./506739.webp", "meetupId": ev.rng.randint(220000000, 290000000), "group": 15632202,
          "venue": ev.rng.randint(22000000, 27000000),
          "howToFindUs": f"{p.venue}, {p.address()}. Please wait outside the main entrance; we shall pick you up. If in doubt, send us a message on Meetup.com."}
    body = (f"Don't you have enough of the weather? Now you can join us to discuss hot topics on web design and "
            f"development at a new cool place.\n\nMathieu will talk to us about UI design patterns for developers, "
            f"and we will have an open discussion about {ev.tech} afterwards.\n\nAs usual we have open discussions with "
            f"people of many fields: graphic designers, DBAs, HTML, CSS and {ev.tech} experts, and we most certainly "
            f"welcome you!\n")
    return Page(fm, body, online="in-person", note="facts only in front matter: dateTime, duration, howToFindUs address (venue is a numeric id)")


@template("T19", "en", ["fm-only", "month-cross"], "code search: event .md front matter (eventName/venueAddress/startDate \"04/11/2024\"/endDate, US month/day/year)",
          days=(3, 5), cross=True)
def t19(ev):
    p = ev.p
    fm = {"title": ev.name, "eventName": ev.name, "eventDescription": f"A conference designed to engage in deep conversations about {ev.tech} and make connections to drive real progress",
          "eventTopic": [ev.tech, "Community"], "eventType": "Conference",
          "location": f"{p.city_in('en')}, {p.country}", "venueName": p.venue, "venueAddress": p.address(),
          "venueMapsLink": "https://maps.app.goo.gl/rEaMTZGxNBBEZtPx6", "website": f"https://{slugify(ev.series)}.example.io/{ev.year}",
          "startDate": ev.start.strftime("%m/%d/%Y"), "endDate": ev.end.strftime("%m/%d/%Y"),
          "tag": "PL Event", "dateTBD": False, "isFeaturedEvent": ev.rng.random() < 0.5,
          "eventHosts": [f"{ev.series}|{slugify(ev.series)}-logo.png"]}
    return Page(fm, "", online="in-person", note="front matter only; startDate/endDate in US MM/DD/YYYY crossing a month; venueName/venueAddress")


@template("T20", "en", ["fm-only", "online"], "CloudCannon/Hugo-conf-2022 content/_index.md (bookshop content_blocks, date: 21st September 2023, 'The free, online conference')",
          days=(1, 2), name="{Tech}Conf", name_city=False)
def t20(ev):
    if ev.start == ev.end:
        dstr = f"{ordinal(ev.start.day)} {mname(ev.start)} {ev.year}"
    else:
        dstr = f"{mname(ev.start)} {ordinal(ev.start.day)} + {ordinal(ev.end.day) if ev.start.month == ev.end.month else mname(ev.end) + ' ' + ordinal(ev.end.day)} {ev.year} PST"
    fm = {"title": "Home", "content_blocks": [
        {"_bookshop_name": "sections/hero", "logo_image": f"/uploads/{slugify(ev.tech)}-logo.svg", "post_logo": "conf",
         "date": {"_bookshop_name": "simple/event-date", "date": dstr},
         "content": f"The free, online conference for everything {ev.tech}",
         "button": {"_bookshop_name": "generic/button", "label": f"Register for {ev.name}", "id": None}},
        {"_bookshop_name": "sections/schedule", "title": "Talks and workshops",
         "talks": [{"time_string": "9:00am - 9:45am PDT", "type": "Live Interview",
                    "title": f"Live Interview with a {ev.tech} contributor"}]}]}
    return Page(fm, "", online="online", city=None, region=None, country=None,
                note="front matter only (page-builder blocks): nested date block '21st September 2023', 'free, online conference'")


@template("T21", "en", ["fm-only"], "code search: Jekyll event collections with event_date/city/country fields; kcd local corpus (location.city/venue)",
          days=(1, 3))
def t21(ev):
    p = ev.p
    fm = {"layout": "event", "title": ev.name, "event_date": Raw(iso(ev.start)), "end_date": Raw(iso(ev.end)),
          "city": p.city_in("en"), "country": p.country, "venue": p.venue,
          "cfp_deadline": Raw(iso(ev.before(60, 90))), "tags": [slugify(ev.tech), "conference"]}
    body = (f"## Talks\n\n- *Keynote: ten years of {ev.tech}*\n- *Observability without the tears*\n- "
            f"*What we learned migrating 400 services*\n\n## Sponsors\n\nWe thank our sponsors for making this "
            f"event possible. Interested in sponsoring? Get in touch.\n")
    return Page(fm, body, online="in-person", note="facts only in front matter: event_date/end_date/city/country/venue (cfp_deadline is a distractor)")


@template("T22", "en", ["fm-only", "hybrid"], "modelled on front-matter spellings dateStart/dateEnd + nested location {city, country} + online: true (brief; kcd nested location)",
          days=(2, 3))
def t22(ev):
    p = ev.p
    fm = {"title": ev.name, "dateStart": Raw(iso(ev.start)), "dateEnd": Raw(iso(ev.end)),
          "location": {"city": p.city_in("en"), "country": p.country}, "online": True,
          "image": f"/img/{slugify(ev.series)}.png"}
    body = (f"{blurb_en(ev)}\n\nTwo days of talks, one day of workshops, and a whole lot of community. Grab a ticket "
            f"or follow along from home.\n")
    return Page(fm, body, online="hybrid", note="front matter only: dateStart/dateEnd, location.city/country and online: true -> hybrid")


@template("T23", "en", ["fm-only", "online"], "modelled (no stored example found): ISO-8601 interval 'when: 2025-04-10/2025-04-12', where: Online",
          days=(2, 3))
def t23(ev):
    fm = {"title": ev.name, "when": f"{iso(ev.start)}/{iso(ev.end)}", "where": "Online", "format": "virtual",
          "registration": f"https://{slugify(ev.series)}.example.net/register"}
    body = (f"{blurb_en(ev)}\n\nAll sessions are streamed, with live Q&A in the chat. Slides and recordings will be "
            f"posted after each day.\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="front matter only: ISO interval in 'when', where: Online; the city in the series name is not a venue")


@template("T24", "en", ["distractor"], "genecrawford/convergese speakers.php ('Ethan lives in Cambridge, Massachusetts'); djangocon-us speaker pages",
          days=(2, 3), other_pool="ambiguous")
def t24(ev):
    p, o = ev.p, ev.other
    who = ev.pick("Priya Raman", "Tomás Ibarra", "Mei Chen", "Jonas Weber", "Amara Okafor")
    first = who.split()[0]
    fm = {"layout": "speaker", "title": who, "talk": f"Scaling {ev.tech} without losing your mind",
          "date": Raw(iso(ev.pub))}
    body = (f"### {who}\n\n{first} is an independent developer who is passionate about beautiful design, elegant "
            f"code, and the intersection of the two. Over the years their clients have included newspapers, film "
            f"festivals and a few universities.\n\n{first} lives in {o.city_full_en()}, and would like to be an "
            f"unstoppable robot ninja.\n\n**Catch {first}'s talk at {ev.name}**, "
            f"{en_range(ev.start, ev.end)}, at the {p.venue} in {p.city_full_en()}.\n")
    return Page(fm, body, online="in-person", note="speaker page: the bio's home city is a distractor; the event line gives dates/venue/city")


@template("T25", "en", ["distractor"], "https://virtualizationreview.com/Articles/2024/08/05/KubeCon-2024-Visiting-Salt-Lake-City.aspx ; medium.com KubeCon NA 2024 retrospective (Cloud Native Rejekts Nov 10-11)",
          pool="na_plain", days=(4, 4))
def t25(ev):
    p = ev.p
    pre = ev.start - dt.timedelta(days=1)
    rj1, rj2 = ev.start - dt.timedelta(days=2), ev.start - dt.timedelta(days=1)
    fm = {"title": f"{ev.name}: Visiting {p.city_in('en')}", "date": Raw(iso(ev.pub)), "categories": ["In-Depth"]}
    body = (f"The {ev.tech} Foundation's annual conference, {ev.series}, will be held in {p.city_in('en')} "
            f"{mname(ev.start, style='dot')} {ev.start.day}-{ev.end.day}, with a pre-event the day before.\n\n"
            f"[Click on image for larger view.]\n\n{ev.name} is a must-attend event for {ev.tech} enthusiasts. It offers "
            f"numerous sessions, keynotes and a vibrant show floor. This year, the event will take place in the heart "
            f"of {p.city_in('en')} at the {p.venue}.\n\nIf you arrive early, the week kicks off with an unofficial "
            f"community conference for rejected talks on {mname(rj1)} {ordinal(rj1.day)} and {ordinal(rj2.day)} at a "
            f"brewery across town; co-located events fill the {WD['en'][pre.weekday()]} before the main conference.\n\n"
            f"I have a fondness for this part of the world, as I did my undergraduate work in {ev.other.city_full_en()}. "
            f"In this article, I will share some of the fun things I found to do in and around the city.\n")
    return Page(fm, body, online="in-person",
                note="'will be held in CITY Nov. 12-15' (abbreviated month with period, no year; year from title); pre-event/side event and author's university city are distractors")


@template("T26", "en", ["distractor", "month-cross"], "https://siliconangle.com/2020/03/02/kubecon-europe-preview-... ('originally set for March 30 to April 2, 2020'); heise WeAreDevelopers postponement",
          pool="eu", days=(3, 4), cross=True)
def t26(ev):
    p = ev.p
    o1 = ev.start - dt.timedelta(days=ev.rng.choice([70, 84, 98, 112]))
    o1 = o1.replace(day=min(28, max(27, o1.day)))  # an original range that also spans a month end
    o2 = o1 + (ev.end - ev.start)
    fm = {"title": f"{ev.name} postponed to {mname(ev.start)}", "date": Raw(iso(ev.pub))}
    body = (f"\"The health, safety, and wellbeing of our attendees and staff are our highest priority,\" according "
            f"to a statement released today by the organisers. \"After discussions with many community members, we "
            f"have made the difficult decision to postpone {ev.series}{'' if p.city_in('en') in ev.series else ' ' + p.city_in('en')} (originally set for "
            f"{en_md(o1, year=False)} to {en_md(o2)}) to instead be held from {en_md(ev.start, year=False)} to "
            f"{en_md(ev.end)}.\"\n\nThe event stays at the {p.venue}, and all tickets remain valid for the new dates. "
            f"Hotel bookings made through the conference portal have been moved automatically.\n\nSpeakers who can no "
            f"longer attend are asked to let the programme committee know by {en_md(ev.before(40, 55))}.\n")
    return Page(fm, body, online="in-person",
                note="postponement: the original dates are distractors; new range crosses a month; speaker-notice deadline is a distractor")


@template("T27", "en", ["hybrid", "partial"], "https://developers.redhat.com/blog/2024/11/27/rustconf-2024-trip-report ('last September in Montreal, Canada ... 600 in-person attendees and many more virtual')",
          days=(2, 3), pub=(40, 80))
def t27(ev):
    p = ev.p
    fm = {"title": f"{ev.name} trip report", "date": Raw(iso(ev.pub)), "author": "Josh Stone"}
    body = (f"As I have for many years, I was happy to attend {ev.name} last {mname(ev.start)} in "
            f"{p.city_in('en')}, {p.country}. This conference is always a great opportunity to meet and hear from "
            f"other project members as well as the larger {ev.tech} community. I think it went well with over "
            f"{ev.rng.randint(4, 9)}00 in-person attendees and many more virtual. The {p.venue} was also a beautiful "
            f"venue!\n\nThe opening keynote was about securing open source, and its recommendations were certainly "
            f"friendly to this audience. The next day's keynote covered the project's goals for the coming year.\n\n"
            f"Finally, the last session was an unconference, in the style of ad-hoc talk proposals and round table "
            f"discussions.\n")
    return Page(fm, body, online="hybrid", start=None, end=None,
                note="only the month is given ('last September'): dates unknowable -> null; in-person + virtual attendees = hybrid")


@template("T28", "en", ["hybrid"], "https://eurorust.eu/2023/schedule/day/1 ('OCT. 12-13 2023 / BRUSSELS & ONLINE', 'Times are local, CEST')",
          pool="eu", days=(2, 2))
def t28(ev):
    p = ev.p
    d1, d2 = ev.start, ev.end
    head = (f"{MON_ABBR_EN[d1.month-1].upper()}. {d1.day}-{d2.day} {d1.year}" if d1.month == d2.month else
            f"{MON_ABBR_EN[d1.month-1].upper()}. {d1.day} - {MON_ABBR_EN[d2.month-1].upper()}. {d2.day} {d1.year}")
    fm = {"title": "Schedule Day 1", "template": "schedule.html", "weight": 1}
    body = (f"{head}\n\n{p.city_in('en').upper()} & ONLINE\n\n[Book Your Ticket](/tickets/)\n\n# Schedule Day 1\n\n"
            f"[Day 2](../2/)\n\n{WD['en'][d1.weekday()]}, {mname(d1)} {ordinal(d1.day)}\n\nTimes are local, {'CEST' if 4 <= d1.month <= 10 else 'CET'}\n\n"
            f"9:00 - 10:00\n\nDoors open & Breakfast\n\n10:00 - 10:30\n\n**When the details matter**\n\n"
            f"In the years since 1.0, {ev.tech} has spread from a curiosity to a foundational technology. What made it "
            f"successful, and what are the next big challenges?\n\n10:45 - 11:15\n\n**From editor to executable**\n")
    return Page(fm, body, online="hybrid",
                note="schedule page of a one-edition site; header 'OCT. 12-13 2023 / CITY & ONLINE' -> hybrid; venue not named on this page")


@template("T29", "en", ["month-cross"], "rboudrouss/lmc events (emoji lines 🗓️ 📍); pytorch-site '**Date**: Feb 25 - Mar 4, 2025' cross-month form",
          days=(2, 4), cross=True)
def t29(ev):
    p = ev.p
    fm = {"title": f"{ev.name} tickets are live", "date": Raw(iso(ev.pub)), "tags": ["announcement"]}
    body = (f"We're back! 🎉\n\n📅 {en_range(ev.start, ev.end, 'abbr')}\n📍 {p.venue}, {p.city_in('en')}\n"
            f"🎟 Early-bird tickets until {en_md(ev.before(30, 45), 'abbr')}\n\n"
            f"{blurb_en(ev)}\n\nThe call for proposals closes on {en_md(ev.before(60, 90), 'abbr')}. First-time speakers "
            f"are very welcome; we offer mentoring and travel support.\n")
    return Page(fm, body, online="in-person", note="emoji lines 📅/📍; cross-month 'Sep 29 – Oct 2, 2025'; early-bird and CFP dates are distractors")


@template("T30", "en", ["hybrid"], "eurorust 'BRUSSELS & ONLINE'; pytorch 'When: Dec 2nd, 2022 (In-Person and Virtual)'; brief 'Dates & venue:' label",
          pool="eu", days=(2, 3))
def t30(ev):
    p = ev.p
    fm = {"title": ev.name, "date": Raw(iso(ev.pub)), "description": f"{ev.series}: the {ev.tech} conference"}
    body = (f"# {ev.name}\n\n**Dates & venue:** {en_range(ev.start, ev.end, dmy=True)} · {p.venue}, "
            f"{p.city_in('en')} and online\n\n{blurb_en(ev)}\n\nCan't travel? Every talk is streamed live with "
            f"captions, and the online ticket includes the Q&A chat and the virtual hallway.\n")
    return Page(fm, body, online="hybrid", note="'Dates & venue:' label line with 'in CITY and online' -> hybrid")


@template("T32", "en", ["null", "distractor"], "http://central.wordcamp.org/news/page/6/ ('WordCamp US Update: City Search'); http://www.themss.org/deadlines",
          null=True)
def t32(ev):
    a = ev.pub + dt.timedelta(days=ev.rng.randint(20, 40))
    b = a + dt.timedelta(days=ev.rng.randint(20, 30))
    fm = {"title": f"{ev.series.split()[0]} {ev.year}: call for host cities", "date": Raw(iso(ev.pub))}
    body = (f"You read that correctly, this post is about the call for cities for {ev.year}! There are some big "
            f"changes to how we plan to approach city selection.\n\nIn past years, local communities applied to be the "
            f"host city. Organizers were asked to provide venue options, hotel blocks and a budget. This year we "
            f"will shortlist three regions first.\n\n- Applications open: {en_md(ev.pub)}\n- Applications close: "
            f"{en_md(a)}\n- Shortlist announced: {en_md(b)}\n\nPast hosts include {ev.other.city_full_en()} and "
            f"{ev.other2.city_full_en()}.\n")
    return Page(fm, body, note="call for host cities: application dates and past host cities; the page is about no event")


@template("T33", "en", ["null"], "code search: speaker resume table ('|GOTO Chicago |Chicago, IL, USA |2017', '|NODES |Online |2019,2021'); mikan/blog seminars.md",
          null=True)
def t33(ev):
    rng = ev.rng
    rows = []
    for pl in rng.sample(PLACES, 5):
        nm = rng.choice(["Voxxed Days", "GOTO", "DevUp", "JFokus", "Devoxx", "CodeMash"]) + " " + pl.city_in("en")
        loc = pl.city_region_en() + (", USA" if pl.cc == "US" else "") if pl.cc in ("US", "CA") else f"{pl.city_in('en')}, {pl.country}"
        y0 = rng.randint(2016, 2022)
        rows.append(f"|{nm:<28}|{loc:<28}|{y0}{'-' + str(y0 + rng.randint(1, 3)) if rng.random() < 0.4 else ''}")
    rows.append(f"|{'NODES':<28}|{'Online':<28}|2019,2021")
    fm = {"title": Raw('"Speaker Resume"'), "date": Raw(f"{iso(ev.pub)}T12:00:00-06:00"), "draft": False}
    body = ("[cols=\"2,2,1\",options=\"header\",stripes=even]\n|===\n3+|*Conferences:*\n"
            "|*Name*                      |*Location*                  |*Years*\n\n" + "\n".join(rows) + "\n|===\n")
    return Page(fm, body, note="speaker's list of past conferences (table); about no single event")


@template("T34", "en", ["plain"], "brief example 'The conference takes place 3–4 October 2024 at the Kursaal in Bern'; code search academic-website/template ('taking place at the beautiful Grand Hyatt in the cosmopolitan city of Melbourne')",
          pool="ambiguous", days=(2, 2))
def t34(ev):
    p = ev.p
    where = p.city_full_en() if p.region else f"{p.city_in('en')}, {p.country}"
    fm = {"title": "About", "layout": "page", "date": Raw(iso(ev.pub))}
    body = (f"## About {ev.name}\n\nThe conference takes place {en_range(ev.start, ev.end, dmy=True)} at the "
            f"{p.venue} in {where}.\n\n{blurb_en(ev)}\n\n## Venue\n\nThe conference will be taking place at the "
            f"beautiful {p.venue}, a short walk from the city centre. Step-free access is available at the main "
            f"entrance.\n\n## Registration\n\nRegistration closing soon - {en_md(ev.before(10, 20))}\n")
    return Page(fm, body, online="in-person",
                note="ambiguous city disambiguated by region/country in the sentence; registration deadline is a distractor")


@template("T35", "en", ["plain"], "pytorch-site posts 'Join us in San Francisco from October 22–23, 2025'; theblogpros WCUS 'continue through'",
          pool="na", days=(3, 3))
def t35(ev):
    p = ev.p
    fm = {"title": f"Announcing {ev.name}", "date": Raw(iso(ev.pub)), "author": f"{ev.series} Team"}
    body = (f"Join us in {p.city_in('en')} from {en_md(ev.start, wd=True, year=False)} through "
            f"{en_md(ev.end, wd=True)} for {ev.name}, the flagship gathering of the {ev.tech} community.\n\n"
            f"{blurb_en(ev)}\n\nThis year we are adding a day of hands-on tutorials before the main conference and a "
            f"sprint day at the end. See you in {p.abbr or p.region}!\n")
    return Page(fm, body, online="in-person",
                note="'Join us in CITY from Weekday, Month D through Weekday, Month D, YYYY'; 'Join us in CITY' read as in-person; state only as abbreviation")


# ---- range renderers for other languages -----------------------------------
def es_range(s, e, year=True):
    m = MON["es"]
    y = f" de {e.year}" if year else ""
    if s == e:
        return f"el {s.day} de {m[s.month-1]}{y}"
    if s.month == e.month:
        return f"del {s.day} al {e.day} de {m[s.month-1]}{y}"
    ys = f" de {s.year}" if (year and s.year != e.year) else ""
    return f"del {s.day} de {m[s.month-1]}{ys} al {e.day} de {m[e.month-1]}{y}"


def fr_day(d):
    return "1er" if d.day == 1 else str(d.day)


def fr_range(s, e, year=True, suffix=""):
    m = MON["fr"]
    y = f" {e.year}" if year else ""
    if s == e:
        return f"le {fr_day(s)} {m[s.month-1]}{y}"
    if s.month == e.month:
        return f"du {fr_day(s)} au {fr_day(e)} {m[s.month-1]}{suffix}{y}"
    ys = f" {s.year}" if (year and s.year != e.year) else ""
    return f"du {fr_day(s)} {m[s.month-1]}{ys} au {fr_day(e)} {m[e.month-1]}{suffix}{y}"


def de_range(s, e, year=True, vom=True):
    m = MON["de"]
    y = f" {e.year}" if year else ""
    a, b = ("vom ", " bis ") if vom else ("", " bis ")
    if s.month == e.month:
        return f"{a}{s.day}.{b}{e.day}. {m[s.month-1]}{y}"
    ys = f" {s.year}" if (year and s.year != e.year) else ""
    return f"{a}{s.day}. {m[s.month-1]}{ys}{b}{e.day}. {m[e.month-1]}{y}"


def de_numeric(s, e):
    if s.month == e.month and s.year == e.year:
        return f"{s.day:02d}.–{e.day:02d}.{e.month:02d}.{e.year}"
    return f"{s.day:02d}.{s.month:02d}.–{e.day:02d}.{e.month:02d}.{e.year}"


def pt_range(s, e, year=True):
    m = MON["pt"]
    y = f" de {e.year}" if year else ""
    if s.month == e.month:
        return f"de {s.day} a {e.day} de {m[s.month-1]}{y}"
    return f"de {s.day} de {m[s.month-1]} a {e.day} de {m[e.month-1]}{y}"


def it_art(d):
    """'dal 3', 'dall'8', 'dal 1°'."""
    if d.day in (8, 11):
        return f"dall'{d.day}"
    return f"dal {'1°' if d.day == 1 else d.day}"


def it_range(s, e, year=True):
    m = MON["it"]
    y = f" {e.year}" if year else ""
    end = f"{e.day}" if e.day not in (8, 11) else f"{e.day}"
    al = "all'" if e.day in (8, 11) else "al "
    if s.month == e.month:
        return f"{it_art(s)} {al}{end} {m[s.month-1]}{y}".replace(" all'", " all'")
    return f"{it_art(s)} {m[s.month-1]} {al}{end} {m[e.month-1]}{y}"


def ja_date(d, year=True, wd=True):
    s = f"{d.year}年{d.month}月{d.day}日" if year else f"{d.month}月{d.day}日"
    return s + (f"({WD['ja'][d.weekday()]})" if wd else "")


def zh_range(s, e, sep="至"):
    if s.month == e.month:
        return f"{s.year}年{s.month}月{s.day}日{sep}{e.day}日"
    return f"{s.year}年{s.month}月{s.day}日{sep}{e.month}月{e.day}日"


# ---- Spanish / French / German ---------------------------------------------
@template("T37", "es", ["distractor"], "https://www.elcorreodeburgos.com/burgos/250923/237992/morcilla-conf-cumple-decada-mirada-puesta-vanguardias.html ; europapress Morcilla Conf (Burgos)",
          pool="es", days=(2, 2), pub=(-6, -3), weekday=4)
def t37(ev):
    p = ev.p
    m, w = MON["es"], WD["es"]
    d1, d2 = ev.start, ev.end
    fm = {"title": f"El {ev.series} cumple {ev.edition} años con la mirada puesta en las vanguardias",
          "date": Raw(iso(ev.pub)), "autor": "Redacción"}
    body = (f"El {ev.series}, uno de los eventos de referencia en tecnología de la región, cumple {ev.edition} "
            f"años con el foco puesto en las vanguardias de un ámbito que está en constante cambio.\n\n"
            f"{p.city_in('es')} acogerá este próximo fin de semana la celebración del encuentro, que será punto de "
            f"encuentro para cerca de 600 profesionales, estudiantes y aficionados a la tecnología.\n\n"
            f"El encuentro se celebrará este {w[d1.weekday()]} {d1.day} de {m[d1.month-1]} en el {p.venue}, con una "
            f"mesa redonda, y continuará con la jornada completa del {w[d2.weekday()]} {d2.day} de {m[d2.month-1]}. "
            f"La celebración del aniversario coincide con un incremento del número de participantes.\n\n"
            f"Llegarán expertos desde {ev.other.city_in('es')}, Nueva York y otros puntos de "
            f"{p.country_in('es')} para hablar de ciberseguridad, neurociencia y computación cuántica.\n")
    return Page(fm, body, online="in-person",
                note="weekday + day + month, no year (year from the publication date days before); speakers' home cities are distractors")


@template("T38", "es", ["null", "distractor"], "PyAr/wiki pages/eventos/conferencias.rst (past editions: 'realizada los días 17, 18 y 19 de Noviembre de 2017 en Córdoba')",
          pool="es", null=True, name="{Tech}Conf Latam", name_city=False)
def t38(ev):
    rng = ev.rng
    lines = []
    y = ev.year
    for i in range(5):
        pl = rng.choice([q for q in PLACES if POOLS["es"](q)])
        yy = y - i
        s = D(yy, rng.choice([9, 10, 11]), rng.randint(2, 25))
        n = rng.choice([2, 3])
        ds = [s + dt.timedelta(days=j) for j in range(n)]
        dias = (", ".join(str(d.day) for d in ds[:-1]) + f" y {ds[-1].day}")
        mes = MON["es"][s.month-1].capitalize() if rng.random() < 0.5 else MON["es"][s.month-1]
        lines.append(f"* `{ev.series} {yy}`_, realizada los días {dias} de {mes} de {yy} en {pl.city_in('es')}.")
    fm = {"title": "Conferencias", "slug": "conferencias"}
    body = (f"{ev.series}\n" + "*" * len(ev.series) + "\n" + "\n".join(lines) +
            f"\n\nOtras conferencias\n******************\n\n* `CaFeConf`_, el 12/10/{y - 12}. Hubo un taller sobre pyGame.\n")
    return Page(fm, body, note="series home listing past editions (each with dates and city); about no single event")


@template("T39", "fr", ["distractor"], "http://thierry-leriche-dessirier.developpez.com/articles/interview/jose-paumard-zouheir-cadi-devoxx-france-2013 ('qui aura lieu à l'hôtel Marriott à Paris du 27 au 29 mars prochains')",
          pool="fr", days=(3, 3), pub=(-70, -40))
def t39(ev):
    p = ev.p
    quiz = ev.before(20, 35)
    upd = ev.end + dt.timedelta(days=2)
    mf = MON["fr"]
    fm = {"title": f"Interview : les organisateurs de {ev.name}", "date": Raw(iso(ev.pub))}
    body = (f"## I. Introduction\n\nComme l'année dernière, l'équipe de la rédaction va assister à la conférence "
            f"{ev.name}, qui aura lieu au {p.venue} à {p.city_in('fr')} {fr_range(ev.start, ev.end, year=False, suffix=' prochains')}. "
            f"Nous avons sauté sur l'occasion pour rencontrer deux organisateurs, qui répondent volontiers et en binôme "
            f"à quelques questions.\n\nNous vous faisons gagner une place pour {ev.name} à travers un petit quiz "
            f"jusqu'au {fr_day(quiz)} {mf[quiz.month-1]}.\n\n### I-A. Mise à jour\n\n{fr_day(upd)} {mf[upd.month-1]} "
            f"{upd.year} : {ev.series} vient de fermer ses portes. J'en profite pour ajouter quelques précisions.\n\n"
            f"## II. Présentation\n\nJ'ai plusieurs casquettes : enseignant-chercheur à l'université, développeur open "
            f"source, et membre du {ev.tech} User Group de {ev.other.city_in('fr')} depuis deux ans.\n")
    return Page(fm, body, online="in-person",
                note="'qui aura lieu au VENUE à VILLE du 27 au 29 mars prochains' (no year: from the name); quiz deadline, update note, interviewee's user-group city are distractors")


@template("T40", "fr", ["plain"], "rboudrouss/lmc src/pages/fildactus/evenements/11-05-averroes.md (🗓️ Date : __Mardi 5 Novembre__ / 🕕 Horaire / 📍 Lieu)",
          pool="fr", days=(1, 1), pub=(-20, -5))
def t40(ev):
    p = ev.p
    d = ev.start
    fm = {"layout": "../../../layouts/Actu.astro", "date": Raw(f'"{ev.pub.strftime("%d-%m-%Y")} 23:00"'),
          "title": f"🌟 Atelier {ev.tech} & Débat 🌟", "auteur": ["averroes"],
          "image": f"/assets/fildactus/evenements/{ev.pub.strftime('%m-%d')}-atelier.jpg"}
    body = (f"Vous êtes passionné(e) de {ev.tech} et de discussions enrichissantes ? Ne manquez pas notre premier "
            f"atelier de l'année !\n\n📚 Thème de la session : \"{ev.tech} vu par ses mainteneurs\".\n\n"
            f"🗓️ Date : __{WD['fr'][d.weekday()].capitalize()} {fr_day(d)} {MON['fr'][d.month-1].capitalize()}__  \n"
            f"🕕 Horaire : __18h15 - 20h00__  \n📍 Lieu : {p.venue}, {p.address()}\n\n"
            f"🔗 __Inscription obligatoire__ – le lien est dans la bio.\n")
    return Page(fm, body, online="in-person",
                note="emoji label lines; weekday + day + month, no year (front-matter date is the dd-mm-yyyy publication date)")


@template("T41", "fr", ["distractor"], "https://upcyclecommons.wordpress.com/2023/01/30/fosdem-2023-le-retour/ ('Ces 4 et 5 février a lieu à Bruxelles le FOSDEM ... Après deux ans en ligne')",
          pool="fr", days=(2, 2), pub=(-7, -2))
def t41(ev):
    p = ev.p
    s, e = ev.start, ev.end
    mf = MON["fr"]
    ces = (f"Ces {fr_day(s)} et {fr_day(e)} {mf[s.month-1]}" if s.month == e.month else
           f"Ces {fr_day(s)} {mf[s.month-1]} et {fr_day(e)} {mf[e.month-1]}")
    fm = {"title": f"{ev.series} {ev.year} : le retour", "date": Raw(iso(ev.pub))}
    art = "l'" if ev.series[0].lower() in "aeiouhéè" else "le "
    body = (f"{ces} a lieu à {p.city_in('fr')} {art}{ev.series}, congrès international regroupant plus de "
            f"{ev.rng.randint(2, 8)}000 passionnés autour du logiciel libre et de {ev.tech}. Après deux ans en ligne "
            f"pour cause de pandémie, c'est un vrai bonheur de pouvoir retrouver les conditions originelles.\n\n"
            f"Les années précédentes n'avaient pas manqué de conférences particulièrement intéressantes, et les "
            f"intervenants avaient tenté tant bien que mal de se mettre dans l'ambiance depuis chez eux.\n\n"
            f"Hébergé au {p.venue}, l'événement est l'occasion de retrouver la communauté autour de nombreuses "
            f"conférences et d'un forum présentant des stands particulièrement diversifiés.\n")
    return Page(fm, body, online="in-person",
                note="'Ces 4 et 5 février a lieu à VILLE' (no year: from the title); 'deux ans en ligne' refers to past editions")


@template("T42", "fr", ["plain"], "JanHerca/urantiapedia Conference_AFLLU_2025_A_Paris_France_AFLLU.md ('À Paris à l'hotel C.I.S Ravel du 6 au 9 juin 2025 ... situé 6 Avenue Maurice Ravel 75012 PARIS')",
          pool="fr", days=(3, 4))
def t42(ev):
    p = ev.p
    fm = {"title": f"Conférence {ev.name} à {p.city_in('fr')} ({p.country_in('fr')})", "description": None,
          "published": True, "date": Raw(f"{ev.pub.year}-{ev.pub.month}-{ev.pub.day}T14:46:54Z"),
          "editor": "markdown"}
    body = (f"**Rencontre européenne de la communauté {ev.tech}**\n\nÀ {p.city_in('fr')} au {p.venue} "
            f"{fr_range(ev.start, ev.end)}\n\nOrganisée par l'association {ev.series}\n\n"
            f"Notre association a le plaisir de vous annoncer qu'elle organisera une conférence à "
            f"{p.city_in('fr')} au {p.venue} situé {p.street}, {p.postcode} {p.native.upper()}.\n\n"
            f"### Thème de la conférence : le logiciel libre au service de tous\n\nDurant la conférence, 4 "
            f"présentations d'environ 45 minutes seront proposées, suivies d'ateliers en petits groupes.\n")
    return Page(fm, body, online="in-person", note="'À VILLE au LIEU du 6 au 9 juin 2025' + address with postcode and upper-case city")


@template("T43", "de", ["distractor"], "https://www.volksstimme.de/lokal/magdeburg/wie-magdeburg-mit-den-developer-day-punktet-3835272 ('Termin ist vom 13. bis 16. Mai.')",
          pool="de", days=(4, 4), name="{city} Developer Days")
def t43(ev):
    p = ev.p
    d = days_between(ev.start, ev.end)
    mde = MON["de"]
    y0 = ev.year - ev.rng.randint(5, 9)
    short = "".join(w[0] for w in ev.series.split()).upper() + "-DevDays" + str(ev.year)
    fm = {"title": f"Wie {p.city_in('de')} mit den {ev.series} punktet", "date": Raw(iso(ev.pub)), "ressort": "Lokal"}
    body = (f"{p.city_in('de')} - Mit 270 Teilnehmern waren die {ev.series} {y0} gestartet. Bei der diesjährigen "
            f"Ausgabe – die {short} – an mehreren Konferenztagen im ausverkauften {p.venue} werden nun mehr als 700 "
            f"Besucher pro Tag erwartet. Termin ist {de_range(ev.start, ev.end, year=False)}. Sie kommen inzwischen "
            f"nicht mehr nur aus der Region, sondern aus allen Bundesländern.\n\n"
            f"### Was bei den {ev.series} geboten wird\n\nDie Veranstaltung selbst unterteilt sich in zwei Bereiche. "
            f"Zum einen bietet das Entwickler-Treffen an zwei Tagen Workshops an – am {d[0].day}. und {d[3].day}. "
            f"{mde[d[3].month-1]}. Die eigentliche Konferenz nimmt den {d[1].day}. und {d[2].day}. {mde[d[2].month-1]} "
            f"in Anspruch.\n")
    return Page(fm, body, online="in-person",
                note="'Termin ist vom 13. bis 16. Mai.' (no year: from the short name / publication date); the first edition's year is a distractor; workshop/conference days are inside the range")


@template("T44", "de", ["hybrid", "plain"], "jazznbass/aesf_homepage conferences.md ('10.-11.10.2024'); cogneon/loscon25 (Teams/Livestream); brief label lines",
          pool="de", days=(2, 4))
def t44(ev):
    p = ev.p
    fm = {"title": f"{ev.name}", "date": Raw(iso(ev.pub)), "sprache": "de"}
    body = (f"## {ev.name}\n\n**Wann:** {de_numeric(ev.start, ev.end)}  \n**Wo:** {p.venue}, {p.street}, "
            f"{p.postcode} {p.city_in('de')}  \n**Format:** hybrid – vor Ort und im Livestream\n\n"
            f"Die {ev.series} bringt Praktikerinnen und Praktiker aus Forschung und Industrie zusammen. Wer nicht "
            f"anreisen kann, nimmt über den Livestream teil und stellt Fragen im Chat.\n\nDie Anmeldung ist bis "
            f"{ev.before(14, 28).strftime('%d.%m.%Y')} geöffnet.\n")
    return Page(fm, body, online="hybrid", note="label lines Wann:/Wo:/Format: with numeric range '10.–12.09.2025'; registration deadline is a distractor")


@template("T45", "de", ["distractor"], "https://www.heise.de/developer/meldung/WeAreDeveloperWorld-Congress-wandert-ins-naechste-Jahr-4690784.html ('der am 28. und 29. Mai ... hätte stattfinden sollen ... Mit dem 15. und 16. April 2021 ... einen neuen Termin')",
          pool="de", days=(2, 2), pub=(-380, -340))
def t45(ev):
    p = ev.p
    mde = MON["de"]
    o1 = ev.start - dt.timedelta(days=ev.rng.randint(300, 330))
    o2 = o1 + dt.timedelta(days=1)
    fm = {"title": f"{ev.series} wandert ins nächste Jahr", "date": Raw(iso(ev.pub))}
    body = (f"Der {ev.series}, der am {o1.day}. und {o2.day}. {mde[o2.month-1]} im {p.venue} in "
            f"{p.city_in('de')} hätte stattfinden sollen, ist die nächste bedeutende Entwicklerveranstaltung, die "
            f"abgesagt wurde. Mit dem {ev.start.day}. und {ev.end.day}. {mde[ev.end.month-1]} {ev.end.year} präsentieren "
            f"die Veranstalter einen neuen Termin. Die Veranstaltung soll am gleichen Ort stattfinden. Bereits "
            f"erstandene Tickets behalten ihre Gültigkeit.\n\nDie Veranstalter rechneten dieses Mal mit mehr als "
            f"10.000 Teilnehmern, nachdem die Veranstaltung im Vorjahr rund 8000 Besucher verzeichnen konnte.\n")
    return Page(fm, body, online="in-person",
                note="cancelled original dates are distractors; the new date ('Mit dem 15. und 16. April 2021') is the event; same venue")


@template("T46", "de", ["month-cross"], "code search: i18n hero line '\"date\": \"28.-31. Oktober 2025 | Paris, Frankreich\"'",
          pool="de_named", days=(3, 4), cross=True)
def t46(ev):
    p = ev.p
    mde = MON["de"]
    s, e = ev.start, ev.end
    hero = (f"{s.day}. {mde[s.month-1]} – {e.day}. {mde[e.month-1]} {e.year}" if s.year == e.year else
            f"{s.day}. {mde[s.month-1]} {s.year} – {e.day}. {mde[e.month-1]} {e.year}")
    fm = {"title": f"{ev.series.upper()} {ev.year}", "date": Raw(iso(ev.pub)), "untertitel": "Brücken bauen"}
    body = (f"# {ev.series.upper()} {ev.year}\n\n**{hero} | {p.city_in('de')}, {p.country_in('de')}**\n\n"
            f"Nehmen Sie an der mit Spannung erwarteten Konferenz teil, die Vordenker, Innovatoren und Wegbereiter "
            f"im Herzen von {p.city_in('de')} zusammenbringt.\n\n[Jetzt anmelden](/anmeldung) · [Mehr erfahren](/ueber-uns)\n")
    return Page(fm, body, online=None,
                note="hero line 'D. Monat – D. Monat YYYY | Stadt, Land' crossing a month; attendance not stated")


# ---- Portuguese / Italian / Japanese / Chinese -------------------------------
@template("T47", "pt", ["distractor"], "https://infoq.com/br/news/2011/06/tdc2011 ('Acontecerá, entre os dias 6 e 10 de julho em São Paulo ... até 12 de junho')",
          pool="pt", days=(3, 5))
def t47(ev):
    p = ev.p
    m = MON["pt"]
    s, e = ev.start, ev.end
    entre = (f"entre os dias {s.day} e {e.day} de {m[s.month-1]}" if s.month == e.month else
             f"entre os dias {s.day} de {m[s.month-1]} e {e.day} de {m[e.month-1]}")
    b1, b2 = ev.before(40, 60), ev.before(20, 30)
    fm = {"title": f"{ev.name} acontece em {p.city_in('pt')}", "date": Raw(iso(ev.pub)), "autor": "Redação"}
    body = (f"Acontecerá, {entre} em {p.city_in('pt')}, uma nova edição do evento {ev.name}. O {p.venue} receberá "
            f"uma das maiores conferências para desenvolvedores do país, que nesta {ev.edition}ª edição tem previsão "
            f"de mais de 3 mil inscritos.\n\nSerão 25 comunidades diferentes organizando trilhas, incluindo "
            f"{ev.tech}, Arquitetura, Cloud e Empreendedorismo.\n\nA inscrição por trilha custa 40 reais para os "
            f"\"beta testers\", até {b1.day} de {m[b1.month-1]}; 50 reais para os \"early adopters\", fazendo inscrição "
            f"até {b2.day} de {m[b2.month-1]}; e R$ 60,00 nas duas últimas semanas antes do início do evento.\n")
    return Page(fm, body, online="in-person",
                note="'Acontecerá, entre os dias 6 e 10 de julho em CIDADE' (year from the name); early-bird deadlines are distractors")


@template("T48", "pt", ["hybrid"], "http://link.estadao.com.br/blogs/codigo-aberto/the-developers-conference-florianopolis-com-transmissao-online-aberta/ ('De 15 a 18 de maio ocorre, no Oceania Convention Center em Florianópolis ... ao vivo online')",
          pool="pt", days=(3, 4))
def t48(ev):
    p = ev.p
    fm = {"title": f"{ev.name} com transmissão online aberta", "date": Raw(iso(ev.pub))}
    body = (f"Há de fato uma mudança de paradigma no ar.\n\n{pt_range(ev.start, ev.end, year=False)[0].upper()}"
            f"{pt_range(ev.start, ev.end, year=False)[1:]} ocorre, no {p.venue} em {p.city_in('pt')}, o {ev.name}, "
            f"com 20 trilhas sobre os mais diversos assuntos da área de tecnologia. Embora trate-se de um evento com "
            f"inscrições pagas, a organização acaba de confirmar que as trilhas principais de cada dia estarão "
            f"disponíveis ao vivo online gratuitamente.\n\nAlguns palestrantes em destaque poderão ser acompanhados "
            f"online, com palestras sobre {ev.tech}, WebSockets e OpenID Connect.\n")
    return Page(fm, body, online="hybrid", note="'De 15 a 18 de maio ocorre, no LOCAL em CIDADE' (year from name/publication); paid venue + free live stream = hybrid")


@template("T49", "pt", ["plain", "month-cross"], "mfpalladino/seu-python python-brasil-2025-detalhes.md ('**Datas:** 21 a 27 de outubro de 2025 / **Local:** Impacta - São Paulo'); okfn-brasil embaixadoras ('de 30 de outubro a 5 de novembro')",
          pool="pt", days=(4, 7), cross=True)
def t49(ev):
    p = ev.p
    d = days_between(ev.start, ev.end)
    rng_txt = pt_range(ev.start, ev.end)[3:]
    ws = d[:2]
    fm = {"title": f"{ev.name} - Informações Detalhadas"}
    body = (f"# {ev.name} - Informações Detalhadas\n\n## Datas e Local\n**Datas:** {rng_txt}\n"
            f"**Local:** {p.venue} - {p.city_in('pt')}\n**Salas:** 201, 202, 203, 204\n\n## Estrutura do Evento\n\n"
            f"### Dias de Workshops\n" + "".join(f"- **{x.day:02d}/{x.month:02d}:** Workshops práticos das 12h às 19h\n" for x in ws) +
            f"\n### Dias de Palestras\n" + "".join(f"- **{x.day:02d}/{x.month:02d}:** Palestras em 4 trilhas\n" for x in d[2:-1]) +
            f"\n### Dia de Sprints\n- **{d[-1].day:02d}/{d[-1].month:02d}:** Sprint colaborativo\n\n## Tags\n"
            f"{slugify(ev.series)}, {ev.year}, {slugify(p.city_in('pt'))}, conferencia, workshops\n")
    return Page(fm, body, online="in-person", note="knowledge-base page without a date field; '**Datas:** 30 de outubro a 5 de novembro de 2025' + '**Local:**'; dd/mm day lines")


@template("T50", "pt", ["online"], "https://enotas.com.br/blog/devday-2020-resumao-do-primeiro-dia/ ('produzido 100% online'); reactjs pt-BR conferences ('8 a 9 de novembro de 2022 - Reunião on-line')",
          pool="pt", days=(2, 3))
def t50(ev):
    p = ev.p
    fm = {"title": f"{ev.name}", "date": Raw(iso(ev.pub)), "categoria": "eventos"}
    body = (f"### {ev.name}\n{pt_range(ev.start, ev.end)[3:]} - Reunião on-line\n\n[Website](https://"
            f"{slugify(ev.series)}.example.com.br/) - [Twitter](https://twitter.com/{slugify(ev.series).replace('-', '')})\n\n"
            f"Neste ano o {ev.series} será um pouco diferente: uma versão 100% online, com palestras ao vivo, "
            f"salas de networking e oficinas. O grupo nasceu em {p.city_in('pt')} em {ev.year - ev.edition}, "
            f"de desenvolvedores que promoviam katas e dojos.\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'D a D de mês de AAAA - Reunião on-line', '100% online'; the group's home city is not a venue")


@template("T51", "it", ["plain"], "https://www.radiolombardia.it/2024/09/17/120-eventi-animeranno-la-milano-digital-week-dal-10-al-14-ottobre/ ('Si svolgeranno dal 10 al 14 ottobre ... giovedì 10 ottobre')",
          pool="it", days=(4, 5), name="{city} Digital Week")
def t51(ev):
    p = ev.p
    mi = MON["it"]
    s = ev.start
    fm = {"title": f"120 eventi animeranno la {ev.series} {it_range(ev.start, ev.end, year=False)}",
          "date": Raw(iso(ev.pub))}
    body = (f"Sono oltre 120 gli eventi in programma per la {ev.name}. Si svolgeranno "
            f"{it_range(ev.start, ev.end, year=False)} sotto il titolo \"Il nuovo linguaggio della città\": giorni non "
            f"stop di iniziative, workshop e dibattiti ad ingresso gratuito.\n\nLuogo di incontro e connettore tra "
            f"cittadini e imprese durante le giornate della manifestazione sarà il {p.venue}, a cui è stato affidato "
            f"il ruolo di hub centrale.\n\n### Il calendario\n\nNella giornata di apertura, {WD['it'][s.weekday()]} "
            f"{s.day} {mi[s.month-1]}, dopo la conferenza inaugurale, sono in programma tre iniziative dedicate a "
            f"{ev.tech}.\n")
    return Page(fm, body, online="in-person", note="'Si svolgeranno dal 10 al 14 ottobre' (year from the name/publication); hub venue")


@template("T52", "it", ["distractor"], "https://www.ticinolive.ch/2023/10/26/torna-a-milano-codemotion-conference/ ('torna a Milano dal 24 al 25 ottobre 2023'); lapressa.it DevFest Modena (speaker da Inghilterra, Germania...)",
          pool="it", days=(2, 2), pub=(2, 6))
def t52(ev):
    p = ev.p
    fm = {"title": f"Torna a {p.city_in('it')} la {ev.series}", "date": Raw(iso(ev.pub)), "autore": "Cristina T."}
    body = (f"Una creatività senza confini. Torna a {p.city_in('it')} {it_range(ev.start, ev.end)} la {ev.series}. "
            f"Un evento andato sold out in fretta, che per due giorni, presso il {p.venue}, ha permesso alle menti più "
            f"innovative del momento di incontrarsi e comunicare.\n\nCon speaker di prestigio provenienti da diverse "
            f"città italiane ma anche da Inghilterra, Germania, Svizzera e Svezia, il programma ha spaziato "
            f"dall'intelligenza artificiale a {ev.tech}.\n\nGià in passato si è seguito l'evento, allora a "
            f"{ev.other.city_in('it')}. E ora come allora, la cosa che si è subito notata è questo grande senso di "
            f"appartenenza.\n")
    return Page(fm, body, online="in-person", note="'Torna a CITTÀ dal 24 al 25 ottobre 2023 ... presso il VENUE'; speakers' countries and an earlier host city are distractors")


@template("T53", "ja", ["distractor"], "pyconjp/www.pycon.jp source/index.md ('PyCon JP 2025は、**2025年9月26日(金)から9月27日(土)** の2日間にわたり、広島国際会議場で開催されます！')",
          pool="ja", days=(2, 3))
def t53(ev):
    p = ev.p
    venue, _ = VENUE_L[(p.city, "ja")]
    n = len(days_between(ev.start, ev.end))
    ps = D(ev.year - 1, ev.start.month, min(ev.start.day, 26))
    pe = ps + (ev.end - ev.start)
    fm = {"title": f"{ev.series} 運営", "date": Raw(iso(ev.pub))}
    body = (f"# {ev.series} 運営\n\n## 最新情報\n\n{ev.series}に関する最新情報は以下のBlog, X, Facebookを参照してください。\n\n"
            f"## {ev.name}\n\n{ev.name}は、**{ja_date(ev.start)}から{ja_date(ev.end, year=False)}** の{n}日間にわたり、"
            f"{venue}で開催されます！  \n今年の開催地は{p.city_in('ja')}です。多くの参加者やスピーカー、スポンサーの皆さまをお迎えし、"
            f"さまざまなセッションを予定しています。\n\n## {ev.series} {ev.year - 1}\n\n{ev.series} {ev.year - 1}のカンファレンスは、"
            f"{ps.year}年{ps.month}月{ps.day}日から{pe.day}日に{ev.other.city_in('ja')}で開催されました！  \n"
            f"ご参加いただいた皆さま、ありがとうございました。\n")
    return Page(fm, body, online="in-person", note="'YYYY年M月D日(曜)からM月D日(曜) のN日間にわたり、会場で開催されます'; last year's edition is a distractor")


@template("T54", "ja", ["plain"], "pyconjp/slides assets/pyconjp.md ('* 日程 / * カンファレンス: 2019年9月16日(月、祝)、17(日) / * 会場: 大田区産業プラザPiO')",
          pool="ja", days=(2, 2))
def t54(ev):
    p = ev.p
    venue, addr = VENUE_L[(p.city, "ja")]
    d1, d2 = ev.start, ev.end
    d2s = (f"{d2.day}日({WD['ja'][d2.weekday()]})" if d1.month == d2.month else f"{d2.month}月{d2.day}日({WD['ja'][d2.weekday()]})")
    fm = {"title": f"{ev.series}の紹介", "theme": "white"}
    body = (f"### {ev.name}\n\n* 国内最大の{ev.tech}イベント\n* 日程\n  * カンファレンス: {ja_date(d1)}、{d2s}\n"
            f"* 会場: {venue}\n  * {addr}\n\n+++\n\n### {ev.tech} Boot Camp\n\n* 初心者向け{ev.tech}チュートリアル\n"
            f"* 全国各地で開催しています\n")
    return Page(fm, body, online="in-person", note="slide bullets '日程 / カンファレンス: YYYY年M月D日(曜)、D日(曜) / 会場' + 〒 address; no date field")


@template("T55", "ja", ["hybrid", "distractor"], "https://raku-con.com/interviews/JSI2021 ('2021年の12月8日から10日までの3日間、奈良県にある奈良春日野国際フォーラムで開催 ... ハイブリッド開催')",
          pool="ja", days=(3, 3), pub=(30, 90))
def t55(ev):
    p = ev.p
    venue, _ = VENUE_L[(p.city, "ja")]
    s, e = ev.start, ev.end
    rng_txt = (f"{s.year}年の{s.month}月{s.day}日から{e.day}日まで" if s.month == e.month else
               f"{s.year}年の{s.month}月{s.day}日から{e.month}月{e.day}日まで")
    y0 = ev.year - 50
    fm = {"title": f"第{ev.edition + 30}回{ev.tech}学術集会でオンライン会議システムを導入", "date": Raw(iso(ev.pub))}
    body = (f"――今回の学会について、簡単に教えてください。\n\n第{ev.edition + 30}回{ev.tech}学術集会という、国内外から研究者が"
            f"集まって研究成果を発表する会です。年に1度行われており、今回は{rng_txt}の3日間、{JA_PREF[p.city]}にある"
            f"{venue}で開催しました。学会は{y0}年の発足から50年を迎え、今回はその記念すべき会でした。まだ感染症流行の最中だった"
            f"ので、現地とオンライン両方を合わせたハイブリッド開催にしました。参加者数は合計1,600名ほどです。\n")
    return Page(fm, body, online="hybrid", note="interview, past tense: 'YYYY年のM月D日からD日までの3日間、県にある会場で開催'; 現地とオンライン = hybrid; founding year is a distractor")


@template("T56", "ja", ["online", "distractor"], "tenchan000517/zeroone_support docs/online_events_20250622.md ('日時: 2025-06-29 21:00-22:15 / 場所: オンライン / Google Meet')",
          pool="ja", days=(1, 1), pub=(-14, -3), other_pool="ja")
def t56(ev):
    o = ev.other
    fm = {"title": f"【オンライン】{ev.tech}もくもく会 #{ev.edition}", "date": Raw(iso(ev.pub))}
    body = (f"## 概要\n\n{ev.tech}に関する作業や学習をオンラインで各自もくもく進める会です。初心者の方も歓迎です！\n\n"
            f"- 日時: {iso(ev.start)} 21:00-22:15\n- 場所: オンライン / Google Meet\n- 参加費: 無料\n\n"
            f"※前回（#{ev.edition - 1}）は{o.city_in('ja')}の会場で開催しました。次回の現地開催は未定です。\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'場所: オンライン / Google Meet'; the previous session's city is a distractor")


@template("T57", "zh", ["hybrid"], "kaiyuanshe/Wiki blog/coscon2021.md (front matter 'date: 2021-10-30 09:00 ~ 10-31 18:00'; '将于 10月30-31日 ... 本次大会将以在线为主 ... 线下分会场')",
          pool="zh", days=(2, 2))
def t57(ev):
    p = ev.p
    s, e = ev.start, ev.end
    when = (f"{s.month}月{s.day}-{e.day}日" if s.month == e.month else f"{s.month}月{s.day}日-{e.month}月{e.day}日")
    fm = {"date": Raw(f"{iso(s)} 09:00 ~ {e.month:02d}-{e.day:02d} 18:00"), "authors": ["cynbarby"], "layout": "blog",
          "title": f"{ev.year} 第{ev.edition}届{ev.tech}年会（{ev.series}）",
          "categories": ["blog"], "updated": Raw(f"{iso(ev.after(30, 60))} 18:32:03")}
    body = (f"**Happy Hacking，开心开源**\n\n业界最具影响力的开源年度盛会 {ev.year} 第{ev.edition}届{ev.tech}年会 ({ev.series}) "
            f"将于 {when}由开源社举办。\n\n**本次大会将以在线为主，所有的演讲都将预先录制视频。同时在{p.city_in('zh')}的"
            f"{VENUE_L[(p.city, 'zh')][0]}设立线下主会场，供讲师、特邀嘉宾与大会志愿者进行互动与访谈、圆桌会以及社区特色活动。"
            f"其余城市的讲师可以选择在线参加。**\n\n直播地址将在会前公布。\n")
    return Page(fm, body, online="hybrid", note="front-matter 'date: YYYY-MM-DD 09:00 ~ MM-DD 18:00'; '以在线为主 ... 线下主会场' = hybrid")


@template("T58", "zh", ["hybrid"], "openeuler-mirror/openEuler-portal app/zh/news/OSSUMMIT-zh/OSSUMMIT-zh.md ('9.19-21，openEuler与您相约2023欧洲开源峰会'; '2023年9月19日-21日 ... 在西班牙毕尔巴鄂举办'; '大会直播')",
          pool="zh_named", days=(2, 3), name="{Tech} Summit", name_city=False)
def t58(ev):
    p = ev.p
    s, e = ev.start, ev.end
    short = f"{s.month}.{s.day}-{e.day}" if s.month == e.month else f"{s.month}.{s.day}-{e.month}.{e.day}"
    fm = {"title": f"'{short}，openKylin与您相约{ev.year} {ev.series}'", "date": Raw(f"'{iso(ev.pub)}'"),
          "category": "news", "tags": ["openKylin"], "author": "'openKylin'",
          "summary": f"'{zh_range(s, e, '-')}，openKylin将参加在{p.country_in('zh')}{p.city_in('zh')}举办的 {ev.name}'"}
    fm["title"] = Raw(fm["title"]); fm["author"] = Raw(fm["author"]); fm["summary"] = Raw(fm["summary"])
    body = (f"{zh_range(s, e, '-')}，openKylin将参加在{p.country_in('zh')}{p.city_in('zh')}举办的 {ev.name}，这是继去年正式亮相后"
            f"的第二次全面参加该峰会。\n\n届时全球开源开发者、开源厂商、用户、高校科研机构将齐聚{p.city_in('zh')}共议开源创新与未来。\n\n"
            f"**欢迎注册，免费参会**\n\n<https://events.example.org/{slugify(ev.series)}/register/>\n\n**大会直播**\n\n"
            f"<https://www.youtube.com/watch?v=vVpvRUKRwRs>\n\n**就等你们啦！**\n")
    return Page(fm, body, online="hybrid", note="'YYYY年M月D日-D日 ... 在国家城市举办' + '大会直播' (in person + livestream = hybrid)")


@template("T59", "zh", ["distractor"], "https://www.chemsoc.org.cn/meeting/polysaccharide2016/a1908.html (日期/时间/安排 table with 报到 day); http://nacp2022.psysoc.org.cn/a96.html (重要时间); fudaoke '12月2日至4日在广州越秀国际会议中心举行'",
          pool="zh", days=(2, 3))
def t59(ev):
    p = ev.p
    venue, addr = VENUE_L[(p.city, "zh")]
    reg = ev.start - dt.timedelta(days=1)
    dl = ev.before(30, 50)
    days = days_between(ev.start, ev.end)
    rows = [f"| {reg.month}月{reg.day}日 | 14:00-21:00 | 报到 |"]
    for i, d in enumerate(days):
        rows.append(f"| {d.month}月{d.day}日 | 08:30-18:00 | {'开幕式及大会报告' if i == 0 else ('分论坛' if i < len(days) - 1 else '分论坛及闭幕')} |")
    fm = {"title": f"{ev.year}{ev.tech}学术研讨会 会议通知", "date": Raw(iso(ev.pub))}
    body = (f"## 会议通知（第二轮）\n\n会议时间：{zh_range(ev.start, ev.end)}\n\n会议地点：{p.city_in('zh')}·{venue}（{addr}）\n\n"
            f"主办单位：中国{ev.tech}学会\n\n### 日程安排\n\n| 日期 | 时间 | 安排 |\n|---|---|---|\n" + "\n".join(rows) +
            f"\n\n### 重要时间\n\n{dl.year}年{dl.month}月{dl.day}日：论文摘要接收截止。  \n"
            f"{ev.before(10, 20).year}年{ev.before(10, 20).month}月{ev.before(10, 20).day}日：注册缴费截止。\n")
    return Page(fm, body, online="in-person", note="'会议时间：YYYY年M月D日至D日' / '会议地点'; 报到 (registration) day before the meeting and deadlines are distractors")


@template("T60", "zh", ["fm-only"], "code search: RISC-V 中国峰会 YAML (timeline deadlines '报名开始/会议开始/会议结束', 'date: 2025年7月16日-7月19日', 'place: 中国，上海')",
          pool="zh", days=(2, 4))
def t60(ev):
    p = ev.p
    s, e = ev.start, ev.end
    fm = {"title": f"{ev.tech} 中国峰会", "description": f"{ev.tech} 中国峰会是由社区主办的年度盛会，旨在促进生态系统的发展和交流。",
          "category": "conference", "tags": [ev.tech, "开源", "生态系统"],
          "events": [{"year": ev.year, "id": f"{slugify(ev.tech)}-china-summit-{ev.year}",
                      "link": f"https://{slugify(ev.tech)}.example.org/event/summit-china/",
                      "timeline": [{"deadline": Raw(f"'{iso(ev.before(25, 40))}T00:00:00'"), "comment": Raw("'报名开始'")},
                                   {"deadline": Raw(f"'{iso(s)}T09:00:00'"), "comment": Raw("'会议开始'")},
                                   {"deadline": Raw(f"'{iso(e)}T09:00:00'"), "comment": Raw("'会议结束'")}],
                      "timezone": "Asia/Shanghai", "date": f"{s.year}年{s.month}月{s.day}日-{e.month}月{e.day}日",
                      "place": f"{p.country_in('zh')}，{p.city_in('zh')}"}]}
    return Page(fm, "", online=None, note="front matter only: events[].date '2025年7月16日-7月19日', place '中国，上海', timeline (报名开始 is a distractor); attendance not stated")


# ==========================================================================
# T61-T100: helpers (pools, names and renderers used only by these templates)
# ==========================================================================
MON["nl"] = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]
WD["nl"] = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MON_GEN_PL = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
WD_ACC_PL = ["w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek", "w sobotę", "w niedzielę"]
WD_ABBR_DE = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
ORD_DE = {3: "dritte", 4: "vierte", 5: "fünfte", 6: "sechste", 7: "siebte", 8: "achte", 9: "neunte", 10: "zehnte",
          11: "elfte", 12: "zwölfte", 13: "dreizehnte", 14: "vierzehnte", 15: "fünfzehnte", 16: "sechzehnte",
          17: "siebzehnte", 18: "achtzehnte", 19: "neunzehnte"}
ORD_EN_WORD = {3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth",
               11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
               16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth"}

# Universities whose English (or own) name carries the city; keyed by (city, region).
UNI = {
    ("Leeds", "England"): "University of Leeds", ("Oxford", "England"): "University of Oxford",
    ("Edinburgh", "Scotland"): "University of Edinburgh", ("Manchester", "England"): "University of Manchester",
    ("Cambridge", "England"): "University of Cambridge", ("Cardiff", "Wales"): "Cardiff University",
    ("Dublin", None): "Trinity College Dublin", ("Vienna", None): "University of Vienna",
    ("Bern", None): "University of Bern", ("Zurich", None): "University of Zurich",
    ("Geneva", None): "University of Geneva", ("Helsinki", None): "University of Helsinki",
    ("Oslo", None): "University of Oslo", ("Copenhagen", None): "University of Copenhagen",
    ("Amsterdam", "North Holland"): "University of Amsterdam", ("Utrecht", "Utrecht"): "Utrecht University",
    ("Stockholm", None): "Stockholm University", ("Gothenburg", "Västra Götaland"): "University of Gothenburg",
    ("Munich", "Bavaria"): "Technical University of Munich", ("Hamburg", None): "University of Hamburg",
    ("Cologne", "North Rhine-Westphalia"): "University of Cologne", ("Leipzig", "Saxony"): "Leipzig University",
    ("Dresden", "Saxony"): "TU Dresden", ("Graz", "Styria"): "Graz University of Technology",
    ("Milan", "Lombardy"): "Politecnico di Milano", ("Turin", "Piedmont"): "Politecnico di Torino",
    ("Bologna", "Emilia-Romagna"): "University of Bologna", ("Florence", "Tuscany"): "University of Florence",
    ("Barcelona", "Catalonia"): "University of Barcelona", ("Valencia", "Valencian Community"): "Universitat Politècnica de València",
    ("Lisbon", None): "University of Lisbon", ("Porto", None): "University of Porto",
    ("Warsaw", "Masovia"): "University of Warsaw", ("Toronto", "Ontario"): "University of Toronto",
    ("Chicago", "Illinois"): "University of Chicago", ("Pittsburgh", "Pennsylvania"): "University of Pittsburgh",
    ("Tokyo", None): "University of Tokyo", ("Kyoto", "Kyoto Prefecture"): "Kyoto University",
    ("Prague", None): "Charles University", ("Kraków", "Lesser Poland"): "Jagiellonian University",
    ("Brussels", None): "Université libre de Bruxelles", ("Lyon", "Auvergne-Rhône-Alpes"): "Université Lyon 1",
}
# North American host universities/colleges (T66), keyed by (city, region).
UNI_NA = {
    ("London", "Ontario"): ("Western University", "Fanshawe College"),
    ("Toronto", "Ontario"): ("University of Toronto", "George Brown College"),
    ("Montreal", "Quebec"): ("McGill University", "Dawson College"),
    ("Vancouver", "British Columbia"): ("University of British Columbia", "Langara College"),
    ("Pittsburgh", "Pennsylvania"): ("University of Pittsburgh", "Community College of Allegheny County"),
    ("Seattle", "Washington"): ("University of Washington", "Seattle Central College"),
    ("Austin", "Texas"): ("The University of Texas at Austin", "Austin Community College"),
    ("Portland", "Oregon"): ("Portland State University", "Portland Community College"),
    ("Salt Lake City", "Utah"): ("University of Utah", "Salt Lake Community College"),
    ("Cleveland", "Ohio"): ("Case Western Reserve University", "Cuyahoga Community College"),
    ("Boston", "Massachusetts"): ("Boston University", "Bunker Hill Community College"),
    ("Nashville", "Tennessee"): ("Vanderbilt University", "Nashville State Community College"),
}
DE_ADJ = {"Munich": "Münchner", "Berlin": "Berliner", "Hamburg": "Hamburger", "Cologne": "Kölner", "Vienna": "Wiener",
          "Graz": "Grazer", "Dresden": "Dresdner", "Nuremberg": "Nürnberger", "Düsseldorf": "Düsseldorfer",
          "Magdeburg": "Magdeburger", "Zurich": "Zürcher", "Bern": "Berner", "Leipzig": "Leipziger"}
CC_NATIONALITY = {"IE": "an Irish", "GB": "a British", "DE": "a German", "FR": "a French", "NL": "a Dutch",
                  "US": "an American", "CA": "a Canadian", "PT": "a Portuguese", "ES": "a Spanish"}
TAXI = {"CZ": "600 CZK", "PL": "80 PLN", "CH": "50 CHF", "SE": "450 SEK", "DK": "300 DKK", "NO": "450 NOK",
        "GB": "40 GBP", "HU": "9000 HUF"}

POOLS.update({
    "nl": lambda p: p.cc == "NL",
    "pl": lambda p: p.cc == "PL",
    "fr_fr": lambda p: p.cc == "FR",
    "es_es": lambda p: p.cc == "ES",
    "br": lambda p: p.cc == "BR",
    "uni_named": lambda p: p.key()[:2] in UNI and (p.city in UNI[p.key()[:2]] or p.native in UNI[p.key()[:2]]),
    "eu_uni": lambda p: p.key()[:2] in UNI and p.cc in ("DE", "AT", "CH", "FR", "BE", "NL", "IT", "ES", "PT", "SE",
                                                        "DK", "NO", "FI", "PL", "CZ", "IE", "GB"),
    "na_uni": lambda p: p.key()[:2] in UNI_NA,
    "us_plain": lambda p: p.cc == "US" and (p.city, p.region) not in AMBIGUOUS,
    "de_adj": lambda p: POOLS["de"](p) and p.city in DE_ADJ,
})


def nth_weekday(y, m, wd, n):
    """n-th (1-based) weekday wd (0=Monday) of month y-m."""
    d = D(y, m, 1)
    while d.weekday() != wd:
        d += dt.timedelta(days=1)
    return d + dt.timedelta(days=7 * (n - 1))


def month_add(y, m, k):
    return y + (m - 1 + k) // 12, (m - 1 + k) % 12 + 1


def set_dates(ev, start, end, pub_lo=None, pub_hi=None):
    """Move the event to new dates (keeping 2019-2027) and redraw the publication date if asked."""
    if end.year > 2027:
        shift = dt.timedelta(days=364 * (end.year - 2027))
        start, end = start - shift, end - shift
    if start.year < 2019:
        shift = dt.timedelta(days=364 * (2019 - start.year))
        start, end = start + shift, end + shift
    ev.start, ev.end, ev.year = start, end, start.year
    ev.name = f"{ev.series} {ev.year}"
    if pub_lo is not None:
        ev.pub = start + dt.timedelta(days=ev.rng.randint(pub_lo, pub_hi))


def en_ord_range(s, e):
    """'January 8th to 10th, 2026' / 'January 30th to February 1st, 2026'."""
    if s.month == e.month:
        return f"{mname(s)} {ordinal(s.day)} to {ordinal(e.day)}, {e.year}"
    return f"{mname(s)} {ordinal(s.day)} to {mname(e)} {ordinal(e.day)}, {e.year}"


def fr_at(venue):
    """'au Palais ...' / 'à la Cité ...' / 'à l'Alfândega ...'."""
    w = venue.split()[0].lower()
    if w in ("cité", "salle", "maison", "halle", "marx"):
        return f"à la {venue}"
    if w[0] in "aeiouéèêh" and w not in ("hynes",):
        return f"à l’{venue}"
    return f"au {venue}"


def addr_lines(p):
    """Postal address on separate lines, as the venue's country writes it."""
    if p.cc in ("US", "CA"):
        return [p.street, f"{p.native}, {p.abbr} {p.postcode}"]
    if p.cc in ("GB", "IE"):
        return [p.street, f"{p.native} {p.postcode}"]
    return [p.street, f"{p.postcode} {p.native}"]


# ---- T61-T78: English --------------------------------------------------------
@template("T61", "en", ["plain"], "code search: CUSEC FAQ ('When and where is CUSEC 2026 happening? / CUSEC 2026 will be held in Montreal from January 8th to 10th, 2026 at: / Hotel Omni Mont-Royal / 1050 Sherbrooke St W, Montreal, Quebec H3A 2R6')",
          pool="na", days=(3, 3), extra=True)
def t61(ev):
    p = ev.p
    early = ev.before(35, 50)
    fm = {"title": "FAQ", "layout": "faq", "permalink": "/faq/"}
    body = (f"## Frequently asked questions\n\n**When and where is {ev.name} happening?**\n\n"
            f"{ev.name} will be held in {p.city_in('en')} from {en_ord_range(ev.start, ev.end)} at:  \n"
            f"**{p.venue}**  \n{p.street}, {p.native}, {p.region} {p.postcode}\n\n"
            f"**Where can I find the conference schedule, speakers, and sponsors?**\n\nThe schedule will be available "
            f"on the website soon, along with our list of speakers and sponsors! We are working to create the best "
            f"conference experience for you, we promise.\n\n**Is there a student rate?**\n\nYes. Student tickets are "
            f"discounted, and early-bird pricing runs until {en_md(early)}.\n")
    return Page(fm, body, online="in-person",
                note="FAQ question as label ('When and where is X happening?'); ordinal range 'January 8th to 10th, 2026' + venue and address lines with province/state in full; early-bird date is a distractor")


@template("T62", "en", ["online"], "https://wiki.ietf.org/group/rtg/Interims ('The Foobar WG will hold ... a virtual interim meeting on April 1st from 11am to 1pm EST. ... The meeting will be conducted on WebEx.')",
          days=(1, 1), pub=(-25, -10), extra=True)
def t62(ev):
    wg = ev.pick("DNSOP", "QUIC", "TLS", "MOPS", "NETMOD", "OPSAWG", "HTTPBIS")
    et = "EDT" if 4 <= ev.start.month <= 10 else "EST"
    h = ev.pick(("11am", "1pm"), ("9am", "11am"), ("10am", "12pm"))
    fm = {"title": f"{wg} WG Virtual Interim Meeting", "date": Raw(iso(ev.pub)), "categories": ["announcements"]}
    body = (f"Dear all,\n\nThe {wg} Working Group will hold a virtual interim meeting on "
            f"{mname(ev.start)} {ordinal(ev.start.day)} from {h[0]} to {h[1]} {et}.\n\n"
            f"The meeting will be conducted on Webex. The chairs will post details with an agenda closer to the "
            f"meeting.\n\nAdditional information will be announced on the {wg} WG mailing list: "
            f"{wg.lower()}@ietf.org\n\nThe agenda and the slides will also be uploaded to the Datatracker, and the "
            f"minutes will be posted within two weeks.\n\nThanks,\nthe {wg} chairs\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="virtual interim (teleconference on Webex) 'on Month Nth from 11am to 1pm EST' (no year: from the publication date)")


@template("T63", "en", ["online", "distractor"], "rrra/www content/post/2020/get-ready-for-the-first-rrra-virtual-club-meeting.md ('at 7pm on Tuesday, December 15, 2020, with the first RRRA Virtual Club Meeting which will be conducted through the Zoom teleconferencing service')",
          days=(1, 1), pub=(-8, -4), ymin=2020, ymax=2021, extra=True)
def t63(ev):
    p = ev.p
    club = f"{p.city_in('en')} {ev.tech} Users Association"
    abbr = "".join(w[0] for w in club.split() if w[0].isupper())
    off = ev.pick("-06:00", "-05:00", "+01:00", "+00:00")
    fm = {"date": Raw(f'"{iso(ev.pub)}T13:30:00{off}"'), "title": Raw(f'"Get Ready for the First {abbr} Virtual Club Meeting"'),
          "authors": ["K0STK"], "categories": ["Membership"], "tags": []}
    body = (f"Many months have passed since {abbr} members were forced by the pandemic to replace face to face club "
            f"meetings with a monthly mailing-list digest. Fortunately this isolation will be somewhat ameliorated at "
            f"7pm on {en_md(ev.start, wd=True)}, with the first {abbr} Virtual Club Meeting which will be conducted "
            f"through the Zoom teleconferencing service.\n<!--more-->\n\n{abbr} members are encouraged to prepare and "
            f"test their equipment ahead of time so that they are ready for this opportunity to see each other again. "
            f"A Zoom test meeting is available at https://zoom.us/test for users to check their equipment.\n\n"
            f"Connection information for the {abbr} Virtual Club Meeting is available in the President's Zoom meeting "
            f"invitation on the {club} mailing list.\n\nZoom meetings may be joined through:\n\n* Desktop Client\n"
            f"* Mobile App\n* Web Browser\n* Traditional (i.e. *non-smart*) Telephone\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'at 7pm on Weekday, Month D, YYYY ... conducted through the Zoom teleconferencing service'; the club's city (in its name) is not a venue")


@template("T64", "en", ["online"], "code search: authentik 'Hackathon 2023' page ('## When / July 26-30, 2023 / - Kickoff meeting is on Wednesday, July 26th, at 8:00am Pacific USA (UTC -7), 5:00pm in Central Europe (UTC+2) ... ## Where / Online, in our GitHub repo, using Discord')",
          days=(3, 5), extra=True, name="{Tech} Hackathon", name_city=False)
def t64(ev):
    proj = ev.pick("authkit", "gatewayd", "docforge", "tidepool", "meshbird")
    summer = 4 <= ev.start.month <= 10
    pt, ce = ("UTC -7", "UTC+2") if summer else ("UTC -8", "UTC+1")
    fm = {"title": f"Hackathon {ev.year}"}
    body = (f"![hackathon-image](./horizontal-hackathon.jpg)\n\n## Join us for our first {proj} hackathon!\n\n"
            f"Everyone welcome; we will work on code, docs, and anything else that looks interesting and challenging.\n\n"
            f"Moderators will be available for most US and European hours, so if during the multi-day event, "
            f"participants have questions or a PR needs a technical review, we are here for you.\n\n"
            f"Prizes? Why, Yes! We've got a total prize pool of $5000 and a bunch of cool {proj}-branded socks.\n\n"
            f"## When\n\n{en_range(ev.start, ev.end, dash='-')}\n\n"
            f"-   Kickoff meeting is on {WD['en'][ev.start.weekday()]}, {mname(ev.start)} {ordinal(ev.start.day)}, "
            f"at 8:00am Pacific USA ({pt}), 5:00pm in Central Europe ({ce})\n"
            f"-   Wrap-up and prize announcements on {WD['en'][ev.end.weekday()]}, {mname(ev.end)} {ordinal(ev.end.day)}\n\n"
            f"## Where\n\nOnline, in our [GitHub repo](https://github.com/example/{proj}), using Discord for "
            f"conversations, questions, and announcements.\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'## When' range + kickoff with two time zones; '## Where / Online, in our GitHub repo, using Discord'")


@template("T65", "en", ["hybrid", "partial"], "denog/denog.github.io de/meetings/denog15/participation.md ('DENOG15 kicks off on Sunday! ... our hybrid conference. This year the conference takes place, both virtual and on-site in Berlin.')",
          pool="de", days=(2, 3), extra=True)
def t65(ev):
    p = ev.p
    mtg = f"{ev.pick('DENOG', 'SWINOG', 'AUSNOG', 'GPN', 'DEVOPSCON')}{ev.edition}"
    wd0 = WD["en"][ev.start.weekday()]
    fm = {"layout": "conference", "lang": "de", "title": f"{mtg} - How to participate", "year": ev.year,
          "city": p.city_in("en"), "meeting": mtg, "order": 21}
    body = (f"<br />\n<br />\n\n{mtg} kicks off on {wd0}! We are more than excited to welcome you to our hybrid "
            f"conference. This year the conference takes place, both virtual and on-site in {p.city_in('en')}.\n\n"
            f"Please find more information and details below, to support you in planning and organizing your "
            f"conference visit.\n\n# Not Registered Yet?\nTickets are available at <a href=\"tickets.html\">Register "
            f"(Tickets)</a> - remote tickets will be available until the end of the conference.\n\nOn-site tickets "
            f"are limited due to space constraints and might run out.\n\n# How to get there\nSee the Venue at "
            f"<a href=\"venue.html\">Venue & getting there</a> and <a href=\"venueremote.html\">Meeting Venue "
            f"remote</a>.\n\n# Livestream & Presentations\nThe Livestream will be in Venueless this year. Please "
            f"register for the free conference ticket and join us in Venueless.\n\nPresentations and recordings will "
            f"be available on our website as soon as possible. Workshop {wd0} will not be recorded.\n")
    return Page(fm, body, online="hybrid", start=None, end=None,
                note="'both virtual and on-site in CITY' = hybrid; front matter year/city; no date on the page (only 'kicks off on Sunday') -> dates null")


@template("T66", "en", ["hybrid", "distractor"], "https://members.tgao.ca/public/schedule/events/41323-the-road-ahead-2022-conference ('participate in a hybrid conference ... in-person (extremely limited!) and virtual option ... Early bird registration ends Monday, May 16, 2022 ... All registrations must be made by Friday, June 3, 2022'); ledc.com ('Mark your calendars for Thursday, November 13 and Friday, November 14')",
          pool="na_uni", days=(2, 2), pub=(-90, -50), extra=True, name="The Road Ahead")
def t66(ev):
    p = ev.p
    uni, college = UNI_NA[p.key()[:2]]
    eb = ev.before(22, 28)
    last = ev.before(5, 8)
    switch = eb - dt.timedelta(days=1)
    wd = WD["en"]
    where = f"{p.city_in('en')}, {p.abbr}"
    fm = {"title": f"{ev.name} Conference", "date": Raw(iso(ev.pub)), "layout": "event"}
    body = (f"# {ev.name} Conference\n\nRelationships between communities and the post-secondary institutions in them "
            f"have changed substantially over the past few years. There is a renewed interest in what institutions "
            f"and neighbourhoods can contribute to each other through shared ideas, experiences, methods, and "
            f"practices.\n\nMembers of {uni}, {college}, the student unions and the City of {p.city_in('en')} invite "
            f"post-secondary officials, local community groups, students, first responders, economic development "
            f"agencies, and representatives of the various levels of government to participate in a hybrid "
            f"conference that will:\n\n- share research and practice on town and gown relations;\n- build networks "
            f"between municipal staff and campus offices;\n- set priorities for the years ahead.\n\nGiven the hybrid "
            f"format of the conference, there is an in-person (extremely limited!) and virtual option for "
            f"registration. Should the public-health situation limit in-person contact by {mname(switch)} "
            f"{switch.day}, {switch.year}, the conference will be transitioned to a completely virtual format.\n\n"
            f"Early bird registration ends {wd[eb.weekday()]}, {en_md(eb)}. After that date, fees will increase by "
            f"$20 across all registration options. All registrations must be made by {wd[last.weekday()]}, "
            f"{en_md(last)}.\n\n"
            f"**When:** {wd[ev.start.weekday()]}, {en_md(ev.start, year=False)} and {wd[ev.end.weekday()]}, "
            f"{en_md(ev.end)}  \n**Where:** {uni} campus, {where}\n")
    return Page(fm, body, online="hybrid",
                note="long prose; the dates come last ('When: ... Where: UNIVERSITY campus, London, ON'); in-person + virtual registration = hybrid; early-bird, last-registration and switch-to-virtual dates are distractors")


@template("T67", "en", ["plain", "distractor"], "code search: duckdb.org DuckCon #5/#6 posts ('user group meeting in **Seattle, WA** ... The meeting will take place on August 15, 2024 (Thursday) in the SIFF Cinema Egyptian, located at 805 E Pine St, Seattle, WA, 98122'; 'The FOSDEM 2025 conference in Brussels is happening on the weekend after DuckCon #6')",
          days=(1, 1), extra=True, name="{Tech}Con", name_city=False)
def t67(ev):
    p, o = ev.p, ev.other
    where = f"{p.city}, {p.abbr}" if p.cc == "US" else f"{p.city_in('en')}, {p.country}"
    loc = (f"{p.street}, {p.native}, {p.abbr}, {p.postcode}" if p.cc == "US" else p.address())
    n = ev.edition % 7 + 2
    sponsor = ev.pick("MotherDuck", "Quackworks", "Tabular Labs", "Lakehouse Inc.")
    fm = {"layout": "post", "event": True, "title": Raw(f'"{ev.series} #{n} in {p.city_in("en")}"'),
          "author": f"the {ev.tech} team", "excerpt": Raw('""')}
    body = (f"We are excited to hold the next \u201c{ev.series}\u201d {ev.tech} user group meeting in **{where}**, "
            f"sponsored by [{sponsor}](https://example.com/).\nThe meeting will take place on {en_md(ev.start)} "
            f"({WD['en'][ev.start.weekday()]}) in the [{p.venue}](https://example.org/venue), located at "
            f"[{loc}](https://maps.example.com/).\n\nAs is traditional at {ev.series} meetings, we will start with a talk "
            f"from the creators of {ev.tech} about the state of the project, followed by talks from the community.\n\n"
            f"The {o.city_in('en')} {ev.pick('Open Source Summit', 'Data Week', 'Dev Days')} is happening on the "
            f"weekend after {ev.series} #{n}, so you can conveniently travel there afterwards.\n\n## Registration\n\n"
            f"Attendance is free but the number of seats is limited. Please register on the event page.\n")
    return Page(fm, body, online="in-person",
                note="'in **Seattle, WA**' + 'on August 15, 2024 (Thursday) in the VENUE, located at ADDRESS'; another event in another city the weekend after is a distractor")


@template("T68", "en", ["distractor"], "code search: MesosCon blog post ('MesosCon 2018 will instead be held in the San Francisco area on November 5th-7th, 2018. The dates remain unchanged, but it will not be held in New York City as previously announced.')",
          pool="us_plain", days=(3, 3), pub=(-150, -90), extra=True, other_pool="us")
def t68(ev):
    p, o = ev.p, ev.other
    s, e = ev.start, ev.end
    rng_txt = (f"{mname(s)} {ordinal(s.day)}-{ordinal(e.day)}, {e.year}" if s.month == e.month else
               f"{mname(s)} {ordinal(s.day)}-{mname(e)} {ordinal(e.day)}, {e.year}")
    fm = {"layout": "post", "title": f"{ev.name} CFP is now closed!", "permalink": f"/blog/{slugify(ev.name)}-cfp-is-now-closed/",
          "published": True, "post_author": {"display_name": "Andrew Schwartz"}, "tags": f"{ev.series}, Announcement"}
    body = (f"Thank you everyone for submitting proposals, our Call For Proposals is now closed.\n\nWe would like to "
            f"communicate an important change: {ev.name} will instead be held in the {p.city_in('en')} area on "
            f"{rng_txt}. The dates remain unchanged, but it will not be held in {o.city_in('en')} as previously "
            f"announced.\n\nAfter much discussion, the majority of the community found that the {p.city_in('en')} area "
            f"would be easier to attend. We apologize for any inconvenience this may cause, and we will refund any "
            f"travel bookings made through the conference portal.\n\nSpeakers will be notified about the status of "
            f"their proposals within the next four weeks.\n")
    return Page(fm, body, online=None,
                note="location change: 'will instead be held in the CITY area on Month Nth-Nth, YYYY ... not be held in OTHER as previously announced'; attendance not stated")


@template("T69", "en", ["partial"], "omsf/alchemistry program/schedule/index.md ('## Day 1 - June 15, 2025 / ### Morning Sessions / - 9:00 AM - Registration & Welcome Coffee ... ## Day 3 - June 17, 2025')",
          days=(3, 3), extra=True)
def t69(ev):
    d = days_between(ev.start, ev.end)
    fm = {"layout": "page", "title": "Conference Schedule"}
    body = ("# Conference Schedule\n\n<style>\ntable {\n  border-collapse: collapse;\n  width: 100%;\n}\n"
            ".keynote-name {\n  color: #2e7d32;\n  font-weight: bold;\n}\n</style>\n\n"
            f"## Day 1 - {en_md(d[0])}\n\n### Morning Sessions\n- 9:00 AM - Registration & Welcome Coffee\n"
            f"- 10:00 AM - Opening Keynote\n- 11:30 AM - Session 1: {ev.tech} in production\n\n### Afternoon Sessions\n"
            f"- 2:00 PM - Session 2\n- 3:30 PM - Coffee Break\n- 4:00 PM - Session 3\n\n"
            f"## Day 2 - {en_md(d[1])}\n\n### Morning Sessions\n- 9:00 AM - Keynote 2\n- 10:30 AM - Session 4\n\n"
            f"## Day 3 - {en_md(d[2])}\n\n### Morning Sessions\n- 9:00 AM - Session 5\n- 11:00 AM - Closing Ceremony\n")
    return Page(fm, body, online=None, city=None, region=None, country=None,
                note="schedule with per-day headings '## Day 1 - June 15, 2025'; the page names no place and no attendance mode")


@template("T70", "en", ["month-cross", "partial"], "code search: Hack Western FAQ ('Hacking begins at 10pm on Friday, November 29th, 2024 and ends at 10am on Sunday, December 1st, 2024.')",
          days=(3, 3), extra=True, name="{Tech}Hacks", name_city=False)
def t70(ev):
    y, m = ev.start.year, ev.start.month
    fri = None
    for k in range(48):
        yy, mm = month_add(y, m, k)
        ny, nm = month_add(yy, mm, 1)
        last = D(ny, nm, 1) - dt.timedelta(days=1)
        for back in (0, 1):
            if (last - dt.timedelta(days=back)).weekday() == 4:
                fri = last - dt.timedelta(days=back)
                break
        if fri:
            break
    set_dates(ev, fri, fri + dt.timedelta(days=2), -120, -30)
    s, e = ev.start, ev.end
    fm = {"title": "FAQ", "layout": "faq"}
    body = (f"## Frequently Asked Questions\n\n**What is {ev.name}?**\n\n{ev.name} is a weekend-long hackathon "
            f"where students build projects, learn new skills, and meet other builders.\n\n**When can I start "
            f"hacking?**\n\nHacking begins at 10pm on {WD['en'][s.weekday()]}, {mname(s)} {ordinal(s.day)}, {s.year} "
            f"and ends at 10am on {WD['en'][e.weekday()]}, {mname(e)} {ordinal(e.day)}, {e.year}. All code written "
            f"for {ev.series} must be written within this timeframe, with the exception of code taken from public and "
            f"open source libraries, APIs, or tutorials.\n\n**Can I work on a hack I've started before?**\n\nWe "
            f"follow the Major League Hacking guidelines, which prohibit working on previously started projects.\n\n"
            f"**How much does it cost?**\n\nNothing! Food, swag and workshops are free for accepted hackers.\n")
    return Page(fm, body, online=None, city=None, region=None, country=None,
                note="FAQ answer 'Hacking begins at 10pm on Friday, November 29th, YYYY and ends at 10am on Sunday, December 1st, YYYY' (crosses a month); the page names no place")


@template("T71", "en", ["plain"], "techworkersco/twc-site-berlin _events/general-meeting-40.md (front matter 'date: 2024-05-23 19:30', 'locations: - Berlin'; '## Venue / Stadtteilbüro Friedrichshain / Warschauer Str. 23 / 10243 Berlin')",
          pool="eu", days=(1, 1), pub=(-30, -10), extra=True)
def t71(ev):
    p = ev.p
    n = ev.edition + 30
    lines = addr_lines(p)
    fm = {"title": Raw(f'"🎉 General Meeting #{n}"'), "date": Raw(f"{iso(ev.start)} 19:30"),
          "locations": [p.city_in("en")], "hide_form": False, "tags": ["general-meeting"]}
    body = (f"## 💫Highlights\n\nOur general meetings (usually) happen on a monthly basis. Welcome! Whether this is "
            f"your first or fortieth, we are looking forward to your presence! All people working in the tech "
            f"industry are welcome. The event will be held in English.\n\n## Agenda items\n* {ev.pick('5', '3', '7')} "
            f"year anniversary of the local chapter\n* Changed intention and format of these general meetings\n"
            f"* Your agenda ideas? Suggest an item in our group chat\n\n## Venue\n\n{p.venue}\n\n"
            + "\n".join(lines) + "\n\n## Accessibility\n\nEntrance has one step with a maximum of 7 centimeter height. "
            "Most rooms are available without steps.\n")
    return Page(fm, body, online="in-person",
                note="events collection: front-matter 'date: YYYY-MM-DD 19:30' is the meeting's date; venue as an address block (street / postcode city)")


@template("T72", "en", ["null", "distractor"], "citp/privacy-policy-historical c/co/col/collisionconf.com.md ('Updated May 22, 2018 ... organisers of conferences including “Web Summit”, “MoneyConf”, “Collision” ... an Irish company with offices located at Tramway House, 32 Dartry Road, Dartry, Dublin 6, Ireland')",
          null=True, extra=True)
def t72(ev):
    o = ev.other
    org = ev.pick("Connected Events Limited", "Northbound Conferences Ltd", "Open Horizons Events GmbH")
    abbr = "".join(w[0] for w in org.split()[:3])
    nat = CC_NATIONALITY.get(o.cc, "a")
    confs = [f"{ev.tech}Conf", f"{ev.pick('Collide', 'Summit', 'Surge')} {o.city_in('en')}", "DevRise"]
    fm = {"title": "Privacy policy", "layout": "page", "permalink": "/privacy-policy/"}
    body = (f"# Privacy policy\n\nUpdated {en_md(ev.pub)}\n\n### 1. Scope\n\n{org} (**“{abbr}”, “we”, “us”, “our”**), "
            f"organisers of conferences including **“{confs[0]}”, “{confs[1]}”** and **“{confs[2]}”** (each, a "
            f"“Conference”), is committed to protecting your personal information. We invite you to read this Privacy "
            f"Policy, which explains the types of information collected and created in connection with the relevant "
            f"Conference, how and why we use such information, who we share it with and your legal rights.\n\n"
            f"Personal information processed in connection with the Services is controlled by {org}, "
            f"{nat} company with offices located at {o.address()}, {o.country}.\n\n### 2. Information we collect\n\n"
            f"When we provide the Services, we collect and receive information in several different ways.\n")
    return Page(fm, body, note="site-wide privacy policy: 'Updated DATE' and the organiser's office address are not an event")


@template("T73", "en", ["null"], "code search: Portland Linux Kernel Meetup 'About' page ('Our regular meeting place is Lucky Labrador Beer Hall, 1945 NW Quimby St, Portland, Oregon'); jkopczyn/lwPoster group-boilerplate-description.md ('We meet every ${day_of_week} in ${city} at ${start_time}')",
          pool="na", null=True, extra=True)
def t73(ev):
    p = ev.p
    grp = f"{p.city_in('en')} {ev.tech} Meetup"
    fm = {"title": "About", "date": Raw(f"{iso(ev.pub)} 23:00"), "authors": "Ian K., Drew F."}
    body = (f"The {grp} used to only be organized on Meetup. But we set up this github.io site for a separate web "
            f"presence, particularly to generate calendar events that can export to the {p.city_in('en')} tech "
            f"community's calendar.\n\nOur regular meeting place is {p.venue}, {p.street}, {p.native}, {p.region}\n\n"
            f"We meet every {ev.pick('second', 'third', 'last')} {WD['en'][ev.rng.randrange(5)]} at 6:30pm, with a "
            f"rotating variety of topics.\n\nHere's the intro as posted on Meetup:\n\n> Come enjoy a beverage and chat "
            f"with other people who are interested in {ev.tech}. All experience levels are welcome. This is a "
            f"friendly and casual meetup. RSVPs are never required.\n\nNOTE: Look for the table with the {ev.tech} "
            f"sign.\n")
    return Page(fm, body, note="about page of a recurring meetup: regular meeting place and weekday, no datable event")


@template("T74", "en", ["plain"], "code search: Firedrake '25 rst ('will be held at the School of Mathematics ..., University of Leeds, from 15-17 September 2025'); ASE workshop rst ('held at **Chalmers University of Technology** in **Gothenburg, Sweden** from **November 19-22, 2019**')",
          pool="uni_named", days=(3, 3), extra=True, name="{Tech}", name_city=False)
def t74(ev):
    p = ev.p
    uni = UNI[p.key()[:2]]
    nth = ORD_EN_WORD[ev.edition % 8 + 3]
    yy = f"{ev.year % 100:02d}"
    dept = ev.pick("School of Mathematics", "Department of Computer Science", "School of Computing")
    if ev.rng.random() < 0.7:
        when = f"from {ev.start.day}-{ev.end.day} {mname(ev.start)} {ev.year}" if ev.start.month == ev.end.month else \
            f"from {ev.start.day} {mname(ev.start)} - {ev.end.day} {mname(ev.end)} {ev.year}"
        sent = (f"The {nth} {ev.tech} user and developer workshop will be held at the\n`{dept} "
                f"<https://example.ac.uk/>`__, {uni}, {when}.")
    else:
        sent = (f"This year, we are organizing a workshop that will be held at **{uni}** from "
                f"**{en_range(ev.start, ev.end, dash='-')}**.")
    fm = {"title": f"{ev.tech} '{yy}", "orphan": True}
    body = (f"{ev.tech} '{yy}\n" + "-" * (len(ev.tech) + 4) + f"\n\n{sent}\n\nThe workshop will be an opportunity for "
            f"{ev.tech} users and developers to discuss the latest developments in the project, anticipated future "
            f"developments, and how {ev.tech} can be used in research software. The event will provide users with "
            f"the opportunity to interact directly with the development team.\n\nRegistration and the call for talks "
            f"will open soon.\n")
    return Page(fm, body, online="in-person",
                note="the city appears only inside the university's name ('University of Leeds', 'Politecnico di Milano'); 'from 15-17 September 2025'")


@template("T75", "en", ["partial"], "zevahcle/sisap 2009/Venue.php ('Prague is a beautiful city ... The workshop will be held at the School of Computer Science, Faculty of Mathematics and Physics, Charles University ... The full address is: ..., Malostranske namesti 25, Prague 1'); Social.php ('The conference dinner will take place on Saturday evening')",
          pool="eu_uni", days=(3, 4), extra=True)
def t75(ev):
    p = ev.p
    uni = UNI[p.key()[:2]]
    fac = ev.pick("School of Computer Science, Faculty of Mathematics and Physics", "Faculty of Informatics",
                  "Department of Computer Science")
    intro = ev.pick(f"{p.city_in('en')} is a beautiful city with a long medieval history.",
                    "Our host city is a beautiful city with a long medieval history.")
    fm = {"title": "Conference venue", "layout": "page"}
    body = (f"## Conference venue\n\n{intro} The workshop will be held at the {fac}, {uni}, which is located in the "
            f"historical district. The building itself has been recently carefully renovated.\n\nThe full address is:  \n"
            f"{fac}, {uni}, {p.address()}\n\n## How to travel to the conference location\n\n"
            f"### Travelling from the airport\n\nYou can take:\n\n* **a taxi**: say \"{fac.split(',')[-1].strip()}\", "
            f"the cost is approximately {TAXI.get(p.cc, '35 EUR')}\n* **public transport**: take the airport bus to "
            f"the final stop, then follow the instructions below.\n\n## Social events\n\nThe conference dinner will take "
            f"place on Saturday evening at a restaurant by the river.\n")
    return Page(fm, body, online="in-person", start=None, end=None,
                note="venue page: address with the city in its own spelling ('..., 14000 Praha'), no dates on the page ('Saturday evening') -> dates null")


@template("T76", "en", ["distractor"], "code search: Geneva .NET user group posts ('The date for the next Geneva Microsoft Technology Developers meeting has been set: 6pm Monday 12 March. ... The location of the meeting is: Microsoft Sarl MBC 12 ave. des Morgi...'; 'between the 12th and 16th of March. A poll has been set up')",
          days=(1, 1), pub=(-14, -6), extra=True)
def t76(ev):
    p = ev.p
    lo = ev.start - dt.timedelta(days=ev.rng.randint(0, 2))
    hi = lo + dt.timedelta(days=4)
    between = (f"between the {ordinal(lo.day)} and {ordinal(hi.day)} of {mname(hi)}" if lo.month == hi.month else
               f"between the {ordinal(lo.day)} of {mname(lo)} and the {ordinal(hi.day)} of {mname(hi)}")
    fm = {"title": f"{mname(ev.start)} {ev.tech} Dev Meeting in {p.city_in('en')} Final Date", "categories": "Announcements"}
    body = (f"The date for the next {p.city_in('en')} {ev.tech} Developers meeting has been set: 6pm "
            f"{WD['en'][ev.start.weekday()]} {ev.start.day} {mname(ev.start)}.\n\nThanks to everyone who voted in the "
            f"poll for a date {between}.\n\nIt's going to be an extremely interesting meeting this month. A couple of "
            f"members have volunteered to present, and it's bound to be a lot of fun. If you have *any* small pieces of "
            f"code or something you find interesting, please feel free to jump up and show it to the group!\n\n"
            f"Please feel free to invite your colleagues as well! The more the merrier. We'll have pizza at the "
            f"meeting!\n\nThe location of the meeting is:  \n{p.venue}  \n" + "  \n".join(addr_lines(p)) + "\n")
    return Page(fm, body, online="in-person",
                note="'has been set: 6pm Monday 12 March' (no year: publication date); the poll's candidate range is a distractor; location as an address block")


@template("T77", "en", ["distractor"], "code search: sponsors.ts ('Ube Industries, Ltd. ... A major chemical company based in Ube City', tier platinum); acadia2025/website sponsors.md ('**Gold Sponsors** / **Silver Sponsors**')",
          days=(2, 3), extra=True)
def t77(ev):
    p, o, o2 = ev.p, ev.other, ev.other2
    ind = ev.pick("chemical", "logistics", "software", "telecommunications")
    fm = {"title": "Sponsors", "layout": "page", "permalink": "/sponsors"}
    body = (f"**{ev.name}** · {en_range(ev.start, ev.end)} · {p.venue}, {p.city_in('en')}\n\n# Sponsors\n\n"
            f"{ev.name} is made possible by the generous support of our sponsors.\n\n## Platinum\n\n"
            f"**{o.city_in('en')} {ev.pick('Industries', 'Holdings', 'Systems')}, Ltd.** — A major {ind} company based "
            f"in {o.city_in('en')}, supporting local education and technical innovation.\n\n## Gold\n\n"
            f"**{ev.pick('Nimbus', 'Kestrel', 'Orbital')} Cloud** — headquartered in {o2.city_full_en()}, with "
            f"engineering offices across three continents.\n\n## Silver\n\n**{ev.tech} Software Foundation** — the "
            f"non-profit home of the {ev.tech} project.\n\nInterested in sponsoring? Read our prospectus.\n")
    return Page(fm, body, online="in-person",
                note="sponsor page; the banner gives dates and venue city; sponsors' home cities / headquarters are distractors")


@template("T78", "en", ["distractor"], "bartdorlandt/net-auto.nl website/docs/events/dates/20260205_adyen_netpicker.md (front matter 'date: created: 2025-11-14', 'description: 2026-02-05 NLNAM Meetup event'; 'Registration ends on February 2nd at 23:59.'; '## Location / Rokin 49, Amsterdam, 1012KK, The Netherlands')",
          pool="eu", days=(1, 1), pub=(-90, -60), extra=True)
def t78(ev):
    p = ev.p
    abbr = f"{p.cc}{''.join(w[0] for w in ev.tech.split()).upper()}M"
    host, spons = ev.pick("Adyen", "Bol", "Mollie"), ev.pick("Netpicker", "Slurpit", "Kentik")
    reg = ev.start - dt.timedelta(days=3)
    fm = {"date": {"created": Raw(iso(ev.pub))}, "description": Raw(f"{iso(ev.start)} {abbr} Meetup event"),
          "title": f"{abbr} Meetup"}
    body = (f"# {abbr} Meetup with {host} & {spons}\n\nThe next meetup is hosted by [{host}](https://example.com/) & "
            f"[{spons}](https://example.net/).\n\nThank you {host} for providing your office space to host us and "
            f"{spons} for sponsoring the pizzas and drinks!\n\n* [Register for the event](https://example.eventbrite.com/)\n"
            f"    * Registration ends on {mname(reg)} {ordinal(reg.day)} at 23:59.\n* [Submit a presentation "
            f"proposal](https://forms.example/)\n\n## Specifics\n* **<u>Bring your ID</u>** to enter the {host} "
            f"building.\n* We have a hard stop at 21:00. We will need to be outside the building by then.\n\n"
            f"## Location\n{p.street}, {p.native}, {p.postcode.replace(' ', '') if p.cc == 'NL' else p.postcode}, {p.country}\n\n## Agenda\n\n"
            f"| Time  | Activity |\n| ----- | -------- |\n| 17:30 | Doors open |\n| 18:00 | Welcome + **{host}** "
            f"sponsor talk |\n| 19:15 | Break + Pizza 🍕 |\n| 21:00 | Be outside the building |\n")
    return Page(fm, body, online="in-person",
                note="the meetup's date only in front matter 'description: YYYY-MM-DD ... Meetup event'; 'created' date and registration deadline are distractors; location line 'street, city, postcode, country'")


# ---- T79-T82: French ---------------------------------------------------------
@template("T79", "fr", ["plain", "distractor"], "WeLoveSpeed/welovespeed.com pages/fr/2021/infos-pratiques.md ('## Quand ? / Une journée complète, le jeudi 16 décembre 2021 ... ## Où ? / Au Palais de la Bourse ... <address> ... 69002 Lyon </address> ## Comment venir ? ### En train Depuis Paris ... TGV Paris-Lyon')",
          pool="fr_fr", days=(1, 1), extra=True)
def t79(ev):
    p = ev.p
    d = ev.start
    frm = "Lyon" if p.city == "Paris" else "Paris"
    fm = {"title": "Infos pratiques", "description": "Toutes les infos à propos de l'événement",
          "i18n-key": "informations", "permalink": f"/{ev.year}/infos-pratiques/", "layout": "page"}
    body = (f"# Infos pratiques\n\n## Quand ? <span aria-hidden>🕗</span>\n\nUne journée complète, le "
            f"{WD['fr'][d.weekday()]} {fr_day(d)} {MON['fr'][d.month-1]} {d.year}. L’accueil se fera dès 9H avec les "
            f"viennoiseries, avant de démarrer les présentations à 9H30. La dernière conférence se terminera à 17H45.\n\n"
            f"Pour se reposer les méninges et discuter, il y aura 3 pauses dans la journée.\n\n## Où ? "
            f"<span aria-hidden>🗺️</span>\n\n{fr_at(p.venue)[0].upper()}{fr_at(p.venue)[1:]}, un lieu phare de {p.city_in('fr')}, à deux pas du centre.\n\n"
            f"<address>\n  {p.venue}<br>\n  {p.street}<br>\n  {p.postcode} {p.native}\n</address>\n\n"
            f"## Comment venir ?\n\n### En train <span aria-hidden>🚄</span>\n\nDepuis {frm}, matin ou soir, dans les "
            f"deux directions, il y a un TGV {frm}-{p.city_in('fr')} toutes les 30 minutes. Nous vous conseillons de "
            f"partir dès 6h30 (oui, c’est tôt !) pour arriver sans stress ni attente au petit déjeuner.\n\n"
            f"### En avion <span aria-hidden>🛬</span>\n\nL’aéroport international est à 40 minutes en transport en "
            f"commun de notre salle.\n")
    return Page(fm, body, online="in-person",
                note="headings 'Quand ?' / 'Où ?' with 'le jeudi 16 décembre 2021' and an <address> block; the train origin city is a distractor")


@template("T80", "fr", ["plain"], "afup/lyon.afup.org _posts/2017-12-06-conferences-courtes-le-13-decembre-a-19h.md ('Rendez-vous donc le **mercredi 13 décembre à 19h** ! ... La soirée aura lieu dans l’amphithéâtre de Science-U, au 53 Cours Albert Thomas 69003 Lyon, le mercredi 13 décembre à 19h.')",
          pool="fr_fr", days=(1, 1), pub=(-10, -5), extra=True)
def t80(ev):
    p = ev.p
    d = ev.start
    jour = f"{WD['fr'][d.weekday()]} {fr_day(d)} {MON['fr'][d.month-1]}"
    grp = f"AFUP {p.city_in('fr')}" if ev.tech == "PHP" else f"{ev.tech} {p.city_in('fr')}"
    fm = {"id": ev.rng.randint(1200, 2400), "title": f"Conférences courtes le {fr_day(d)} {MON['fr'][d.month-1]} à 19h",
          "date": Raw(f"{iso(ev.pub)}T18:07:16+00:00"), "author": "Cédric M.", "layout": "post",
          "permalink": f"/{ev.pub.year}/{ev.pub.month:02d}/{ev.pub.day:02d}/conferences-courtes/",
          "categories": ["Conférence"]}
    body = (f"Comme chaque trimestre, nous avons nos traditions chez {grp} : une session de conférences courtes.\n\n"
            f"Rendez-vous donc le **{jour} à 19h** !\n\nAttention : pour la première fois, **nous serons accueillis "
            f"dans les locaux de {p.venue}**, situés juste à la sortie du métro.\n\nAu menu nous aurons le plaisir d’avoir les "
            f"conférences suivantes :\n\n  * Rétrospective sur quinze ans de {ev.tech}, par Gautier D.\n  * "
            f"Éco-conception Web, par Romuald C.\n  * L’enregistrement des dates en base de données, par Guillaume C.\n\n"
            f"La soirée aura lieu dans l’amphithéâtre de [{p.venue}, au {p.street} {p.postcode} {p.native}]"
            f"(https://goo.gl/maps/x), le {jour} à 19h. Cette soirée est gratuite, ouverte à toutes et à tous dans le "
            f"respect du code de conduite.\n\nN’hésitez pas à nous rejoindre : pour cela, merci de vous inscrire sur "
            f"Meetup.\n")
    return Page(fm, body, online="in-person",
                note="'le mercredi 13 décembre à 19h' twice, no year in the body (front-matter date/permalink give the year); address inline with postcode")


@template("T81", "fr", ["plain"], "opengeneva/opengeneva2018 pages/program/hackshow_fr.md ('Le **HACKSHOW** aura lieu le dimanche 15 avril de 14:30 à 19h30 au Campus de la HEAD. ... ### **Accès** / Campus de la HEAD<br> Espace Hippomène<br> Avenue de Châtelaine 7<br> 1203 Genève<br>')",
          pool="fr", days=(1, 1), pub=(-30, -10), extra=True)
def t81(ev):
    p = ev.p
    d = ev.start
    fm = {"layout": "default", "title": "hackshow", "lang": "fr", "ref": "hackshow", "permalink": "/hackshow_fr/"}
    body = (f"## **HACKSHOW | Découvrir les Visages de l'Innovation**\n\nDans une ambiance conviviale et festive, le "
            f"grand public est invité à venir découvrir la présentation des projets développés par les innovateurs "
            f"durant les **[25+ hackathons](/hackathons_fr)**.<br><br>\n\nLe **HACKSHOW** aura lieu le "
            f"{WD['fr'][d.weekday()]} {fr_day(d)} {MON['fr'][d.month-1]} de 14:30 à 19h30 {fr_at(p.venue)}.\n\n"
            f"### **Programme**\n* ***2:30pm :*** ouverture des portes\n* ***4pm - 4:10pm :*** introduction\n"
            f"* ***4:30pm - 5:30pm :*** présentations de projets\n* ***6:00pm - 7:30pm :*** cocktail, posters & "
            f"networking\n\n<br>\n### **Accès**\n\n{p.venue}<br>\n{p.street}<br>\n{p.postcode} {p.native}<br>\n\n"
            f"**Transport Publics :**\n* arrêt {ev.pick('Guye', 'les Ouches', 'Gare')} - lignes 6, 10, 19\n")
    return Page(fm, body, online="in-person",
                note="'aura lieu le dimanche 15 avril de 14:30 à 19h30 au LIEU' (no year on the page: publication date) + address block with the city in French (Genève, Montréal, Bruxelles)")


@template("T82", "fr", ["null"], "lyonjug/lyonjug.org pause-covid.md ('COVID-19 : Mise en pause des activités / 2020 aura été une drôle d'année. Seules les sessions de janvier et février auront pu se tenir normalement ... Nous n'avons pas de date à ce stade')",
          pool="fr", null=True, ymin=2020, ymax=2020, extra=True)
def t82(ev):
    p = ev.p
    jug = f"{p.city_in('fr')}{ev.pick('JUG', 'JS', 'Py')}"
    fm = {"layout": "page"}
    body = (f"## COVID-19 : Mise en pause des activités\n\n{ev.year} aura été une drôle d'année.\n\nSeules les sessions "
            f"de janvier et février auront pu se tenir normalement. \nDès mars, la pandémie nous aura forcés à annuler "
            f"les soirées prévues.\n\nPuis le confinement...\n\nPuis l'été, où nous mettons traditionnellement en pause "
            f"les soirées...\n\nPendant ce temps, l'équipe du {jug} a beaucoup réfléchi à l'opportunité de faire des "
            f"soirées en ligne. Mais pour nous, l'intérêt de nos soirées, ce sont surtout les discussions. Le pot qui "
            f"suit. Vous.\n\nNous avons donc décidé de continuer la pause de nos activités jusqu'à ce qu'il soit de "
            f"nouveau possible de nous réunir dans de bonnes conditions. \nNous n'avons pas de date à ce stade, bien "
            f"entendu.\n\nPrenez soin de vous, et on espère à très bientôt,\n\nL'équipe {jug}\n")
    return Page(fm, body, note="announcement of a pause: months and a year are mentioned but no event is scheduled")


# ---- T83-T87: German ---------------------------------------------------------
@template("T83", "de", ["hybrid"], "froilainhaeckse/praxisberatung-konkret content/blog/2021/09_konferenztipp.md ('Die Konferenz wird als **Hybridveranstaltung** am Mittwoch, dem **13\\. Oktober 2021** von 10-18 Uhr im **Umweltforum in Berlin** und **virtuell** stattfinden')",
          pool="de", days=(1, 1), pub=(-45, -20), extra=True)
def t83(ev):
    p = ev.p
    d = ev.start
    proj = f"Forum {ev.tech} und Engagement"
    fm = {"title": Raw('"Mein Konferenztipp"'), "date": Raw(f'"{iso(ev.pub)}"'), "draft": False, "author": Raw('"Margitta K."'),
          "categories": Raw('"konferenztipp"'), "tags": [""], "thumbnail": Raw('""')}
    body = (f"**→** Das Bundesnetzwerk {ev.tech} lädt herzlich ein zur **Abschlusskonferenz des Projekts {proj}**.\n\n"
            f"<!--more-->\n\n**→** Das Projekt »{proj}« hatte es sich zum Ziel gesetzt, eine möglichst breite "
            f"Diskussion über die Chancen und Risiken des digitalen Wandels zu organisieren. Jetzt, am Ende des "
            f"Projekts, wollen wir die erarbeiteten Positionen und Handlungsempfehlungen Revue passieren lassen.\n\n"
            f"**→** Die Konferenz wird als **Hybridveranstaltung** am {WD['de'][d.weekday()]}, dem **{d.day}\\. "
            f"{MON['de'][d.month-1]} {d.year}** von 10-18 Uhr im **{p.venue} in {p.city_in('de')}** und "
            f"**virtuell** stattfinden, d. h. es ist je nach geltenden Bestimmungen sowohl eine **Präsenz- als auch "
            f"eine Online-Teilnahme** möglich.\n\nMehr Informationen gibt es [hier](https://eveeno.com/abschlusskonferenz)\n")
    return Page(fm, body, online="hybrid",
                note="'als Hybridveranstaltung am Mittwoch, dem 13\\. Oktober 2021 ... im VENUE in STADT und virtuell' (escaped period); front-matter date is the blog post's")


@template("T84", "de", ["online", "distractor"], "code search: active-group blog ('Das Programm für die BOB 2021 steht: überall am 26.2.2021!'; 'Am Freitag, 26.2.2021, findet die BOB 2021 statt - inzwischen schon die achte BOB. ... \"Due to the pandemic\" kann di...'; BOB 2023 Retrospektive 'nach zwei reinen Onlineveranstaltungen diesmal wieder vor Ort ... in Berlin')",
          pool="de", days=(1, 1), pub=(-40, -15), ymin=2020, ymax=2022, extra=True, name="{Tech}Konf", name_city=False)
def t84(ev):
    p = ev.p
    d = ev.start
    num = f"{d.day}.{d.month}.{d.year}"
    fm = {"layout": "post", "description": Raw(f'"Konferenz {ev.name}"'),
          "title": Raw(f'"Das Programm für die {ev.name} steht: überall am {num}!"'), "author": "michael-s",
          "tags": [ev.series, "Konferenz"]}
    body = (f"![{ev.name}](https://example.de/images/head-{ev.year}.png)\n\nAm {WD['de'][d.weekday()]}, {num}, findet "
            f"die [{ev.name}](https://example.de/{ev.year}/) statt - inzwischen schon die {ORD_DE[ev.edition]} "
            f"{ev.series}. Das [Programm](https://example.de/{ev.year}/program.html) ist wieder eine bunte Mischung "
            f"von Themen, die eines eint: Es geht um das Beste in der Softwareentwicklung.\n\nEine Änderung gibt es - "
            f"natürlich: \"Due to the pandemic\" kann die {ev.series} dieses Jahr nur online stattfinden. Statt in "
            f"{p.city_in('de')} treffen wir uns im Browser; Vorträge laufen als Livestream, Fragen gehen über den "
            f"Chat.\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'Am Freitag, 26.2.2021, findet die X statt' (d.m.yyyy without zero padding); 'nur online'; the usual host city is a distractor")


@template("T85", "de", ["distractor"], "OWASP/www-chapter-germany stammtische/muenchen/index.md ('Einladung zum (106.) Münchner OWASP-Stammtisch am **Di, 18.02.2020**, um 19:00 Uhr. ... Ort: Hackerhaus, Sendlinger Straße 14, 80331 München ... ## Geplante Stammtisch-Vorträge * März 2020: 17.03.2020')",
          pool="de_adj", days=(1, 1), pub=(-20, -7), extra=True)
def t85(ev):
    p = ev.p
    st = nth_weekday(ev.start.year, ev.start.month, 1, 3)
    set_dates(ev, st, st, -20, -7)
    d = ev.start
    grp = ev.pick("OWASP", "Python", "Rust", "DevOps")
    plan = []
    for k in range(1, 5):
        yy, mm = month_add(d.year, d.month, k)
        x = nth_weekday(yy, mm, 1, 3)
        plan.append(f"* {MON['de'][mm-1]} {yy}: {x.strftime('%d.%m.%Y')}")
    fm = {"layout": "col-sidebar", "title": f"{grp} Germany > Stammtische > {p.city_in('de')}"}
    body = (f"## Willkommen beim {grp}-Stammtisch {p.city_in('de')}\n### ... wir freuen uns über neue Teilnehmer und "
            f"'Stammgäste' ...\n\n#### A K T U E L L E S :\nEinladung zum ({ev.edition * 7 + 50}.) {DE_ADJ[p.city]} "
            f"{grp}-Stammtisch am **{WD_ABBR_DE[d.weekday()]}, {d.strftime('%d.%m.%Y')}**, um 19:00 Uhr.\n\nAgenda:\n"
            f"* Freie Diskussion, bringt bitte Themen mit!\n\nWir suchen noch Vorträge für die weiteren Stammtische in "
            f"{d.year}!\n\nOrt: {p.venue}, {p.street}, {p.postcode} {p.native}\n\nEs ist für 10 Personen ein separater "
            f"Raum reserviert - im Zweifelsfall bitte einfach am Tresen nach dem \"{grp}-Stammtisch\" fragen.\n\n"
            f"## Geplante Stammtisch-Vorträge und -Diskussionen\n" + "\n".join(plan) + "\n")
    return Page(fm, body, online="in-person",
                note="'am **Di, 18.02.2020**, um 19:00 Uhr' + 'Ort: VENUE, street, postcode Stadt' (city adjective 'Münchner'); the planned next dates are distractors")


@template("T86", "de", ["distractor"], "code search: PHP Usergroup Leipzig index ('## CWE2011: Symfony2, 12. und 13. November 2011 / *[Update] von Danilo Kühn – Datum: 09.11.2011* / ... ### 12. November 2011: ### / ProjektMOTOR GmbH / Alfred-Kästner-Str. 33 / 04275 Leipzig / Deutschland')",
          pool="de", days=(2, 2), weekday=5, pub=(-5, -2), extra=True)
def t86(ev):
    p = ev.p
    d1, d2 = ev.start, ev.end
    upd = ev.pub
    mde = MON["de"]
    head = (f"{d1.day}. und {d2.day}. {mde[d2.month-1]} {d2.year}" if d1.month == d2.month else
            f"{d1.day}. {mde[d1.month-1]} und {d2.day}. {mde[d2.month-1]} {d2.year}")
    co1 = f"{ev.pick('ProjektMOTOR', 'Codeschmiede', 'Netzwerkstatt')} GmbH"
    street1 = f"{ev.pick('Karl-Liebknecht-Str.', 'Bahnhofstraße', 'Hauptstraße')} {ev.rng.randint(3, 120)}"
    fm = {"layout": "default.twig", "title": f"{ev.tech} Usergroup {p.city_in('de')}"}
    body = (f"# Willkommen\n\nDie {ev.tech} Usergroup {p.city_in('de')} grüßt alle {ev.tech}-Interessierten in und um "
            f"{p.city_in('de')}. Wir treffen uns jeden letzten Donnerstag im Monat.\n\n## CWE{d1.year}: {ev.tech}, "
            f"{head}\n\n*[Update] von Danilo K. – Datum: {upd.strftime('%d.%m.%Y')}*\n\nHier die Adressen wo das "
            f"CWE{d1.year} stattfinden soll. Das Kick-Off Meeting um 10 Uhr findet definitiv bei [{co1}] statt. Danach "
            f"werden wir uns in Gruppen aufteilen und die einzelnen Arbeitspakete angehen.\n\n"
            f"### {d1.day}. {mde[d1.month-1]} {d1.year}: ###\n\n\t{co1}\n\t{street1}\n\t{p.postcode} {p.native}\n"
            f"\t{p.country_in('de')}\n\n### {d2.day}. {mde[d2.month-1]} {d2.year}: ###\n\n\t{p.venue}\n\t{p.street}\n"
            f"\t{p.postcode} {p.native}\n\t{p.country_in('de')}\n")
    return Page(fm, body, online="in-person",
                note="coding weekend 'CWEyyyy: ..., 12. und 13. November 2011' with one address block per day; the '[Update] Datum:' line and the monthly-meeting sentence are distractors")


@template("T87", "de", ["null", "distractor"], "php-usergroup-dresden/phpdd24 imprint.md ('## Impressum / name / street / zip city / country / ### Vereinsvorstand / ### Registergericht / ### Umsatzsteuer-ID gemäß § 27 a Umsatzsteuergesetz / ### Haftungshinweis')",
          pool="de", null=True, extra=True)
def t87(ev):
    p = ev.p
    verein = f"{ev.tech} Usergroup {p.city_in('de')} e.V."
    fm = {"layout": "default", "title": "Imprint", "sitemap": "include", "permalink": "/imprint/"}
    body = (f"## Impressum\n\n{verein}  \n{p.street}  \n{p.postcode} {p.native}  \n{p.country_in('de')}\n\n"
            f"E-Mail: [info@example.org](mailto:info@example.org)\n\n### Vereinsvorstand\n\nHolger W., Jana K., "
            f"Tobias R.\n\n### Registergericht\n\nVR {ev.rng.randint(1000, 9999)}  \nAmtsgericht {p.city_in('de')}\n\n"
            f"### Umsatzsteuer-ID\n\ngemäß § 27 a Umsatzsteuergesetz  \nDE{ev.rng.randint(100000000, 999999999)}\n\n"
            f"### Haftungshinweis\n\nTrotz sorgfältiger inhaltlicher Kontrolle übernehmen wir keine Haftung für die "
            f"Inhalte externer Links. Für den Inhalt der verlinkten Seiten sind ausschließlich deren Betreiber "
            f"verantwortlich. Alle Rechte vorbehalten.\n")
    return Page(fm, body, note="site imprint: the organising association's address is not an event")


# ---- T88: Dutch; T89-T90: Polish ----------------------------------------------
@template("T88", "nl", ["plain"], "Dutch-Laravel-Foundation/dutch-laravel-foundation content/collections/events/tech-meetup.md ('Donderdag 21 maart 2024 organiseert de Dutch Laravel Foundation een Laravel meetup op de locatie van PAQT.com te Utrecht!'; address: 'Europalaan 40 · Utrecht'; '18:00 tot 18:30 | Inloop')",
          pool="nl", days=(1, 1), pub=(-45, -20), extra=True)
def t88(ev):
    p = ev.p
    d = ev.start
    org = f"Dutch {ev.tech} Foundation"
    host = ev.pick("PAQT.com", "Lizard Global", "Bitwise BV", "Studio Noord")
    dag = f"{WD['nl'][d.weekday()].capitalize()} {d.day} {MON['nl'][d.month-1]}"
    fm = {"id": f"{ev.rng.getrandbits(32):08x}-a440-41e3-8b17-f284cf5f6fb0", "blueprint": "events",
          "title": Raw("'Tech Meetup'"),
          "introduction": Raw(f"'{dag} organiseert de {org} een {ev.tech} meetup op de locatie van {host} te {p.native}!'"),
          "featured_image": "3.jpg", "type": "Meetup", "location": host,
          "address": Raw(f"'{p.street} · {p.native}'"), "date_start": Raw(f"'{iso(d)}'"),
          "time_start": Raw("'18:00'"), "time_end": Raw("'21:00'"), "published": True}
    body = (f"{dag} {d.year} organiseert de {org} een {ev.tech} meetup op de locatie van {host} te {p.native}!\n\n"
            f"We kunnen maximaal 50 gasten ontvangen, dus wil je graag aanwezig zijn, meld je dan snel aan! Dit "
            f"evenement is ook open voor geïnteresseerden welke (nog) niet lid zijn van de {org}.\n\n**Onderwerp**  \n"
            f"Tijdens deze meetup kan je mede {ev.tech} developers ontmoeten, tevens zullen er enkele talks worden "
            f"gegeven. Voor een hapje en een drankje wordt gezorgd.\n\n**Programma**  \nLet op! Het programma is onder "
            f"voorbehoud en zal verder worden aangevuld naarmate het evenement dichterbij komt.\n\n18:00 tot 18:30 | "
            f"Inloop  \n18:30 | Aanvang / welkom  \n19:00 | Talk 1  \n20:00 | Borrel\n")
    return Page(fm, body, online="in-person",
                note="'Donderdag 21 maart 2024 organiseert ... op de locatie van HOST te STAD' + front matter date_start/address 'street · city'")


@template("T89", "pl", ["fm-only", "distractor"], "meetjspl/katowice source/_posts/meetjs-katowice-41.md (front matter 'event: time: 2020-01-27 17:00:00 / place: name: Strefa Centralna Katowice', 'date: 2029-01-14 12:00:00'; 'Serdecznie zapraszamy na pierwsze spotkanie meet.js Katowice w 2020 roku. Uwaga - tym razem wyjątkowo w poniedziałek!')",
          pool="pl", days=(1, 1), pub=(-20, -7), extra=True, name="meet.js {city}", name_lang="pl")
def t89(ev):
    p = ev.p
    d = ev.start
    n = ev.edition + 30
    sticky = d + dt.timedelta(days=3275)
    which = "pierwsze" if d.month == 1 else "kolejne"
    fm = {"title": Raw(f"'{ev.series} #{n}'"),
          "event": {"time": Raw(f"{iso(d)} 17:00:00"),
                    "place": {"name": Raw(f"'{p.venue}'"), "url": "https://example.com/venue", "geo": Raw("50.25,19.02")},
                    "social_links": {"facebook": "https://www.facebook.com/events/1004598216579747/"},
                    "tickets": f"https://www.eventbrite.com/e/{slugify(ev.series)}-{n}-tickets"},
          "date": Raw(f"{iso(sticky)} 12:00:00"), "categories": [Raw("'Spotkanie'")], "tags": [Raw("'Spotkanie'"), Raw("'Meetup'")]}
    body = (f"## Opis\n\nSerdecznie zapraszamy na {which} spotkanie {ev.series} w {d.year} roku. Uwaga - tym razem "
            f"wyjątkowo {WD_ACC_PL[d.weekday()]}!\n\nSpotkanie jest w pełni darmowe, przyjść może każdy, ale ze "
            f"względu na ograniczoną liczbę miejsc obowiązuje rejestracja. Spotkanie odbywa się w języku polskim.\n\n"
            f"### Bilety\n\nDarmowe bilety można uzyskać na portalu Eventbrite (link w nagłówku strony).\n\n## Agenda\n\n"
            f"1. Jarosław B. - TBA\n2. Józef P. - {ev.tech}: moja strona jest szybsza niż Twoja\n\n## Sponsorzy\n\n"
            f"The Software House, Clearcode, FutureMind\n")
    return Page(fm, body, online="in-person",
                note="date only in front matter event.time ('YYYY-MM-DD 17:00:00'), place in event.place.name and the series name; the far-future 'date:' (sticky post) is a distractor; body gives only the year and weekday")


@template("T90", "pl", ["online", "distractor"], "https://zzm.krakow.pl/konferencja/regulamin.html ('Konferencja on-line odbędzie się w dniu 25 września 2020 r. i będzie transmitowana za pośrednictwem sieci Internet ... na platformie Zoom'; 'Organizator ... adres: ul. Reymonta 20, 30-059 Kraków')",
          pool="pl", days=(1, 1), extra=True)
def t90(ev):
    p = ev.p
    d = ev.start
    dz = f"{d.day} {MON_GEN_PL[d.month-1]} {d.year} r."
    conf = ev.pick("NEW CITY HABITAT", "MIASTO DANYCH", "OTWARTY KOD")
    org = f"Stowarzyszenie {ev.tech} Polska"
    fm = {"title": "Regulamin uczestnictwa w konferencji on-line"}
    body = (f"Regulamin uczestnictwa w konferencji on-line:\n\n{conf}, dnia {dz}\n\n"
            f"  1. Niniejszy Regulamin określa warunki uczestnictwa w Konferencji {conf} organizowanej przez {org}.\n"
            f"  2. Konferencja on-line odbędzie się w dniu {dz} i będzie transmitowana za pośrednictwem sieci "
            f"Internet. Dostęp do transmisji będzie możliwy po wcześniejszym zalogowaniu się na platformie Zoom.\n"
            f"  3. Osobą upoważnioną do kontaktu ze strony Organizatora jest: Katarzyna P., telefon kontaktowy: "
            f"+48 887 881 546\n\nJeśli w treści Regulaminu wprost nie zastrzeżono odmiennie, poniżej wyszczególnionym "
            f"pojęciom pisanym z wielkiej litery nadano następujące znaczenie:\n\n  1. Regulamin – oznacza niniejszy "
            f"dokument zawierający zbiór zasad i warunków uczestnictwa w Konferencji,\n  2. Organizator – oznacza {org}, "
            f"adres: {p.street}, {p.postcode} {p.native},\n  3. Konferencja – oznacza organizowaną przez Organizatora "
            f"konferencję ON LINE pod nazwą: „{conf}” dnia {dz},\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="terms of an online conference: 'odbędzie się w dniu 25 września 2020 r. i będzie transmitowana ... na platformie Zoom'; the organiser's address is a distractor")


# ---- T91-T92: Japanese; T93-T95: Chinese --------------------------------------
@template("T91", "ja", ["distractor", "month-cross"], "ADN-DevTech/typepad-migration-dump .../2023-09-25-autodesk-devcon-2023-tokyo.md ('9 月初旬に開催の Autodesk DevCon 2023 サンフランシスコ/ミュンヘン を受けて ... 対面形式のみの開催となります ... 日時/場所： 東京 10月31日（火）10:00～17:00、11月1日（水）10:00～17:00')",
          pool="ja", days=(2, 2), cross=True, pub=(-40, -30), extra=True, name="{Tech} DevCon", name_city=False)
def t91(ev):
    p = ev.p
    venue, addr = VENUE_L[(p.city, "ja")]
    cj = p.city_in("ja")
    a, b = ev.pick(("サンフランシスコ", "ミュンヘン"), ("ラスベガス", "バルセロナ"), ("ボストン", "ロンドン"))
    early = ev.start - dt.timedelta(days=55)
    d1, d2 = ev.start, ev.end
    wj = WD["ja"]
    fm = {"layout": Raw('"post"'), "title": Raw(f'"{ev.series} {ev.year} {cj}"'), "date": Raw(f'"{iso(ev.pub)} 00:01:44"'),
          "author": Raw('"Toshiaki I."'), "categories": [Raw('"API カスタマイズ"'), Raw('"クラウドサービス"')]}
    body = (f">>本イベントは終了しました<<\n\n{early.month} 月初旬に開催の {ev.series} {ev.year} {a}/{b} を受けて、一部、抜粋した"
            f"コンテンツを流用して日本でも {ev.series} {cj}を開催します。現在の取り組み、今後の方向性、新しい API 群について、"
            f"まとめて日本語でご案内します。\n\n- 本イベントは、欧米での開催同様、対面形式のみの開催となります。Zoom を使ったオンライン"
            f"配信や収録動画・資料の事後公開の予定はありません。\n- 応募は定員になり次第締め切らせていただきますので、予めご了承"
            f"ください。**>>お申込みは締め切りました<<**\n\n**日時/場所：**\n\n**{cj} {d1.month}月{d1.day}日（{wj[d1.weekday()]}）"
            f"10:00～17:00、{d2.month}月{d2.day}日（{wj[d2.weekday()]}）10:00～17:00**\n\n{venue} （定員100 名）  \n{addr}\n\n"
            f"**参加費：**\n\n無料（事前登録制）\n\n**セッション スケジュール（時間割）：**\n\n**{d1.month}月{d1.day}日 - Day 1**\n\n"
            f"![Day1_agenda](/assets/image_706724.jpg)\n\n**{d2.month}月{d2.day}日 - Day 2**\n\n![Day2_agenda](/assets/image_443917.jpg)\n")
    return Page(fm, body, online="in-person",
                note="'日時/場所： 東京 10月31日（火）...、11月1日（水）...' (no year in the body: title/publication); '対面形式のみ' = in person only; the overseas editions' cities are distractors")


@template("T92", "ja", ["online", "month-cross"], "t012093/aimeetv2 LECTURE_SCHEDULE.md ('WEB講義（全7回）... **毎週水曜日 20:00～21:00** ... ### 第1回 WEB講義 - **日時**: 2025年12月10日（水）20:00～21:00 - **Google Meet URL**')",
          pool="ja", days=(1, 1), extra=True)
def t92(ev):
    p = ev.p
    y = min(ev.start.year, 2026)
    first = D(y, 12, ev.rng.randint(3, 17))
    while first.weekday() != 2:
        first += dt.timedelta(days=1)
    n = ev.rng.randint(5, 7)
    set_dates(ev, first, first + dt.timedelta(days=7 * (n - 1)), -25, -10)
    org = f"{p.city_in('ja')}NPO支援センター"
    rows = []
    for i in range(n):
        d = ev.start + dt.timedelta(days=7 * i)
        code = "".join(ev.rng.choice("abcdefghijkmnopqrstuvwxyz") for _ in range(10))
        rows.append(f"### 第{i + 1}回 WEB講義\n- **日時**: {d.year}年{d.month}月{d.day}日（水）20:00～21:00\n"
                    f"- **Google Meet URL**: https://meet.google.com/{code[:3]}-{code[3:7]}-{code[7:]}\n"
                    f"- **カレンダーに追加**: [Google Calendar](https://www.google.com/calendar/event?eid={code})\n")
    fm = {"title": "WEB講義スケジュール"}
    body = (f"# WEB講義スケジュール\n\n{org}主催 WEB講義（全{n}回）のスケジュールとGoogle Meet URLです。\n\n## 📅 開催日時\n\n"
            f"**毎週水曜日 20:00～21:00**\n\n---\n\n## 🎓 講義スケジュール\n\n" + "\n".join(rows))
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="weekly online lectures on Google Meet crossing the year: start = first session, end = last session; the organiser's city (in its name) is not a venue")


@template("T93", "zh", ["hybrid"], "kubesphere/website content/zh/live/meetup-shanghai-20240720.md (front matter 'time: 2024-07-20 13:00-17:00 / base: 上海 + 线上同步直播'; '## 活动时间和地点 - 时间：7 月 20 日 13:00-17:00 - 地点：上海市徐汇区龙台路 180 号...')",
          pool="zh", days=(1, 1), pub=(-20, -7), extra=True)
def t93(ev):
    p = ev.p
    venue, addr = VENUE_L[(p.city, "zh")]
    cz = p.city_in("zh")
    d = ev.start
    proj = ev.pick("KubeSphere", "OpenKruise", "Apache APISIX", "TiDB")
    nth = "一二三四五六"[ev.rng.randrange(6)]
    fm = {"title": f"{proj} Meetup {cz}站——{d.year}", "description": f"此次活动，我们邀请到了多位社区专家，为社区的小伙伴们带来精彩的{ev.tech}技术分享。",
          "keywords": f"{proj}, Meetup, {p.city_in('en')}, {ev.tech}", "css": "scss/live-detail.scss",
          "section1": {"snapshot": None, "videoUrl": None, "type": "iframe", "time": Raw(f"{iso(d)} 13:00-17:00"),
                       "timeIcon": "/images/live/clock.svg", "base": f"{cz} + 线上同步直播", "baseIcon": "/images/live/base.svg"}}
    body = (f"各位社区小伙伴，大家好，{d.year} 年的第{nth}站 Meetup，我们将走进{cz}，与{cz}的各位小伙伴进行交流分享。本场活动将聚焦"
            f"“{ev.tech}”方向。\n\n欢迎{cz}的各位小伙伴报名参与！现在即可报名预约！\n\n## 活动时间和地点\n\n- 时间：{d.month} 月 "
            f"{d.day} 日 13:00-17:00\n- 地点：{addr}{venue}\n\n## 主办方\n\n- {proj} 社区\n\n## 报名方式\n\n扫描上方海报中的二维码或点击"
            f"[链接](https://example.cn/p/cae39)皆可报名。\n\n## 互动礼品\n\n参与本次活动，即有机会获得社区周边礼品一份。\n")
    return Page(fm, body, online="hybrid",
                note="front matter 'time: YYYY-MM-DD 13:00-17:00' + 'base: 上海 + 线上同步直播' (in person + livestream = hybrid); body '时间：7 月 20 日' without year")


@template("T94", "zh", ["online", "distractor"], "ZHGDG/ZHGDG.github.io _posts/2020-07-20-et-zoom-indie-hacker.md ('**首次虚拟活动** ... 珠海GDG 所有活动迁移到自有平台 ... - 日期: 2020.7.25 - 时间: 14:00~16:00 - 地点: zoom 网络会议室')",
          pool="zh", days=(1, 1), pub=(-12, -4), extra=True)
def t94(ev):
    p = ev.p
    cz = p.city_in("zh")
    d = ev.start
    note_day = ev.pub - dt.timedelta(days=ev.rng.randint(10, 20))
    fm = {"layout": "post", "title": f"预告/ {ev.tech} 远程学习分享", "description": "~ 社区活动, 值得掺合;-)",
          "author": "zoomq", "categories": "Events", "tags": f"gdg event zoom {slugify(ev.tech)}"}
    body = (f"**首次虚拟活动**\n\n\n{note_day.year}.{note_day.month}.{note_day.day} 接上级有关部门通知,即日起 {cz}GDG\n所有活动迁移到"
            f"自有平台: **gdg.community.dev** 进行;\n\n下周首次虚拟活动已经发起,请大家重新注册,\n\n<!--more-->\n\n## 活动\n\n"
            f"- 报名: [{ev.tech} 远程学习分享](https://gdg.community.dev/events/details/)\n- 日期: {d.year}.{d.month}.{d.day} \n"
            f"- 时间: 14:00~16:00\n- 地点: zoom 网络会议室\n    + 事先下载: https://zoom.com.cn/download\n    + 测试好语音/摄像设备接入\n"
            f"    + 入场前关闭摄像头\n- 进入: https://zoom.com.cn/j/4201014200\n    + 会议 ID：420 101 4200\n    + 密码：活动前1小时公众号"
            f"以及活动官网和其它渠道提供.\n- 议程:\n    + 15' 社区自述\n    + 45' 主题分享\n    + 35' 圆桌讨论\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="bullet list '日期: 2020.7.25 / 时间 / 地点: zoom 网络会议室'; the group's city (in 'XXGDG') is not a venue; the notice date is a distractor")


@template("T95", "zh", ["distractor"], "shiertier/docs 01-博客/数字生命卡兹克/这次我们的AI活动，终于来到了杭州。.md ('第六站线下交流活动将于2025年5月10日在杭州举办 ... 2024年曾巡回北京、上海、深圳、昆明 ... 4月30日23:59报名截止')",
          pool="zh", days=(1, 1), pub=(-14, -10), extra=True)
def t95(ev):
    p = ev.p
    cz = p.city_in("zh")
    d = ev.start
    prev = [q.city_in("zh") for q in ev.rng.sample([q for q in PLACES if POOLS["zh"](q) and q.city != p.city], 4)]
    dl = d - dt.timedelta(days=10)
    notify = d - dt.timedelta(days=6)
    series = f"一起{ev.tech}，交个朋友"
    n = "六"
    fm = {"title": Raw(f'"这次我们的{ev.tech}活动，终于来到了{cz}。"'), "发布日期": Raw(iso(ev.pub)), "作者": Raw('"数字生命"'),
          "来源": Raw('"微信公众号"')}
    body = (f"## 摘要\n\n**1) 一句话总结**\n《{series}》第{n}站线下交流活动将于{d.year}年{d.month}月{d.day}日在{cz}举办，规模扩至300人，"
            f"全程免费但需通过报名审核。\n\n**2) 关键信息**\n* **活动背景**：线下活动已举办1年，{d.year - 1}年曾巡回"
            f"{'、'.join(prev)}，本次{cz}站为总第{n}站。\n* **前站数据**：{d.year}年{ev.rng.randint(1, 3)}月{prev[0]}站报名人数达2400人，"
            f"实际到场200余人。\n* **费用与门槛**：无门票费用，但实行报名审核制。\n* **关键时间点**：{dl.month}月{dl.day}日23:59报名截止；"
            f"{notify.month}月{notify.day}日将通知审核通过人员、发放邀请函。\n\n## 正文\n\n《{series}》线下活动，历经1年，不知不觉，已经第"
            f"{n}站了。\n\n{d.year - 1}年，我们去了{'，'.join(prev)}。\n")
    return Page(fm, body, online="in-person",
                note="'将于YYYY年M月D日在城市举办' (线下 = in person); earlier stops' cities, their sign-up numbers and the registration deadline are distractors")


# ---- T96-T97: Spanish; T98-T99: Italian; T100: Portuguese ---------------------
@template("T96", "es", ["plain"], "python-vigo/python-vigo.github.io posts/reunion_del_grupo_2022-12-15.rst ('.. meeting_datetime: 20221215_2000'; 'Como siempre será el tercer jueves, el próximo **jueves día 15 de Diciembre a las 20.00** ... la reunión en el Café UF en Rúa Pracer 19, al lado del Concello')",
          pool="es_es", days=(1, 1), extra=True, name="Python {city}")
def t96(ev):
    p = ev.p
    st = nth_weekday(ev.start.year, ev.start.month, 3, 3)
    set_dates(ev, st, st, -25, -18)
    d = ev.start
    mes = MON["es"][d.month - 1].capitalize()
    cafe = ev.pick("Café UF", "Bar Lume", "Café Moderno")
    fm = {"title": f"Reunión {mes} {d.year}", "slug": f"reunion-{MON['es'][d.month - 1]}-{d.year}",
          "date": Raw(f"{iso(ev.pub)} 20:00:22 UTC+02:00"), "meeting_datetime": Raw(f"{d.strftime('%Y%m%d')}_2000"),
          "tags": "python, desarrollo", "author": ev.series}
    body = (f"¡Hola!\n\nSe acerca {mes} y hemos pensado en hacer algo un poco distinto este mes.\n\nSerá una "
            f"celebración informal, **donde no habrá una charla, ¡tendremos muchas!.** La idea es que todo el que quiera "
            f"pueda traer su charla y presentar lo que le apetezca.\n\nPor ello os animamos a que preparéis vuestra "
            f"charla, la idea será charlas cortas entre 5 y 15 minutos máximo, así todo el mundo podrá tener un hueco y "
            f"nos quedaremos con ganas de más.\n\nAlgunas sugerencias:\n\n* Python 101\n* Entornos virtuales\n* API rest "
            f"con FastAPI\n* Despliegue de aplicaciones en Python\n\nPero como comentamos, son sólo sugerencias y "
            f"cualquier tema es bienvenido.\n\nComo siempre será el tercer jueves, el próximo **jueves día {d.day} de "
            f"{mes} a las 20.00**, al finalizar las charlas quedaremos para las PyBirras.\n\nEn esta ocasión volvemos a "
            f"celebrar la reunión en el `{cafe} <https://goo.gl/maps/x>`_ en {p.street}, al lado del Ayuntamiento.\n\n"
            f"Gracias a todos y todas, gracias al {cafe} por cedernos el espacio.\n\nUn saludo!\n\n[1] Vías de "
            f"comunicación\n\n* Lista de correo (única vía 100% oficial)\n* Twitter: https://twitter.com/python_{slugify(p.city)}/\n"
            f"* Grupo de Telegram\n")
    return Page(fm, body, online="in-person",
                note="the city only in the group's name ('Python Vigo'); 'jueves día 15 de Diciembre a las 20.00' far down after prose (year from meeting_datetime / publication)")


@template("T97", "es", ["online", "fm-only", "distractor"], "yabellini/SitioAcademico content/talk/metameetup_rladies_2020/index.md (front matter 'date: 2020-07-01', 'date_end: \"2020-07-01\"', 'location: \"Online\"', 'event: \"Metameetup R-Ladies Global\"'); RLadies-BA reunionvirtual",
          pool="es", days=(1, 1), pub=(0, 0), ymin=2020, ymax=2022, extra=True)
def t97(ev):
    p = ev.p
    fm = {"title": Raw('" Cómo hacer una reunión virtual inolvidable (sin morir en el intento)"'), "subtitle": Raw('""'),
          "excerpt": Raw(f'"Organizamos este webinario para los capítulos de {ev.tech}-Ladies."'),
          "date": Raw(iso(ev.start)), "date_end": Raw(f'"{iso(ev.end)}"'), "author": Raw('"Yanina B., Paola C."'),
          "location": Raw('"Online"'), "event": Raw(f'"Metameetup {ev.tech}-Ladies Global"'), "draft": False,
          "layout": "single", "categories": ["Lightning talk", "Education"]}
    body = (f"{ev.tech}-Ladies lleva adelante muchas actividades e iniciativas, pero su corazón son los capítulos alrededor "
            f"del mundo donde la comunidad se reúne para aprender, enseñar y acompañarse. Desde la aparición del "
            f"COVID19, los eventos presenciales fueron suspendidos, pero la magia no se detiene y hace posible los "
            f"encuentros virtuales.\n\nIniciada la pandemia, el equipo global generó la infraestructura necesaria para "
            f"que todos nuestros capítulos puedan realizar eventos virtuales y poder difundirlos desde YouTube.\n\n"
            f"Organizan: capítulo {ev.tech}-Ladies {p.city_in('es')}.\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="date only in front matter (date/date_end), location: \"Online\"; the organising chapter's city is not a venue")


@template("T98", "it", ["online", "distractor"], "italia/developers.italia.it _posts/it/2019-10-11-Appuntamento-in-call-con-Developers-Italia.md ('**Mercoledì 16 ottobre alle ore 15** si terrà un nuovo appuntamento con la Community Call bisettimanale ... Vi aspettiamo numerosi sulla piattaforma Zoom')",
          pool="it", days=(1, 1), pub=(-6, -3), weekday=2, extra=True)
def t98(ev):
    o = ev.other
    d = ev.start
    org = f"{ev.tech} Italia"
    fm = {"layout": "post", "title": f"Appuntamento in call con {org}!",
          "subtitle": f"Un momento di incontro con la community di {org}", "date": Raw(f"{iso(ev.pub)} 12:00:00 +0100"),
          "tags": "developers call", "categories": "news", "author": "Andrea B.", "locale": "it"}
    body = (f"Ciao a tutti!\n\n**{WD['it'][d.weekday()].capitalize()} {d.day} {MON['it'][d.month-1]} alle ore 15** si terrà "
            f"un nuovo appuntamento con la [Community Call bisettimanale di {org}](https://example.it/news/community-call).\n\n"
            f"Durante la scorsa call, abbiamo avviato alcune interessanti discussioni su **come favorire la nascita di un "
            f"ecosistema più territoriale sull’open source**.\n\nNella prossima call, come sempre, avremo modo di "
            f"ricevere uno stimolo dal racconto di alcuni membri della nostra community. In particolare:\n\n - **Roberto "
            f"P.**, del Team per la Trasformazione Digitale, ci racconterà la sua esperienza;\n - **Valentina L.** ci "
            f"presenterà l’esperienza del Comune di {o.city_in('it')}.\n\nTutte le edizioni delle community call sono "
            f"registrate e **pubblicate in video sul forum**, allo scopo di permetterne la fruizione anche a chi non può "
            f"partecipare in diretta.\n\nVi aspettiamo numerosi sulla piattaforma Zoom per un momento di condivisione "
            f"delle nostre attività!\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'Mercoledì 16 ottobre alle ore 15 si terrà ... Community Call ... sulla piattaforma Zoom' (no year: publication date); a speaker's town is a distractor")


@template("T99", "it", ["null"], "https://convcomp.it/milano-chatbots-meetup-... ('Ci siamo sempre trovati presso Mikamai e LinkMe in via Venini 42, M1 Pasteur. L’appuntamento è per uno degli ultimi giovedì del mese. ... Iniziamo alle 19')",
          pool="it", null=True, extra=True)
def t99(ev):
    p = ev.p
    grp = f"{p.city_in('it')} {ev.tech} Meetup"
    fm = {"title": f"{grp}: il mondo è piccolo e grazie al network lo si restringe sempre più", "date": Raw(iso(ev.pub))}
    body = (f"Sempre più persone lavorano in ambito digital. Ma che cosa vuol dire, esattamente?\n\nScopriamolo insieme "
            f"a Paolo M., organizzatore di {grp}.\n\n**Chi siete e di che cosa parlate quando vi incontrate?**\n\n"
            f"Davvero complessa perché siamo un po’ di tutto. Ai nostri incontri partecipano sviluppatori, imprenditori, "
            f"persone che si occupano di marketing e innovazione.\n\n**Dove e come si svolgono di solito i vostri "
            f"incontri?**\n\nCi siamo sempre trovati presso {p.venue} in {p.street}, a due passi dalla metro.\n\n"
            f"L’appuntamento è per uno degli ultimi giovedì del mese.\n\nNormalmente ci sono due talk da mezz’ora circa "
            f"ciascuno. Iniziamo alle 19 e tra una cosa e l’altra finiamo tra le 20:30 e le 21.\n\nIl calendario dei "
            f"nostri incontri è disponibile qui: {grp}.\n")
    return Page(fm, body, note="interview about a recurring meetup ('uno degli ultimi giovedì del mese'); no datable event")


@template("T100", "pt", ["plain"], "code search: salgado/meetup_goiania README ('# Meetup Goiânia 2024 / ## Sobre o Evento / O Meetup Goiânia, que ocorreu no último dia 5/4, foi um evento incrível')",
          pool="br", days=(1, 1), pub=(3, 20), extra=True, name="Meetup {city}")
def t100(ev):
    p = ev.p
    d = ev.start
    fm = {"title": f"{ev.series} {ev.year}"}
    body = (f"# {ev.series} {ev.year}\n\n<p align=\"center\"><img src=\"./images/chamada_meetup.png\" alt=\"Demo\" "
            f"width=\"700\"/></p>\n\n## Sobre o Evento\n\nO {ev.series}, que ocorreu no último dia {d.day}/{d.month}, "
            f"foi um evento incrível onde compartilhamos conhecimentos e experiências valiosas sobre os tópicos mais "
            f"atuais da tecnologia. Foi uma grande oportunidade para networking e aprendizado mútuo.\n\n## Fotos do "
            f"Evento\n\nConfira algumas fotos do nosso encontro:\n\n<p align=\"center\"><img src=\"./images/Meetupfoto1.png\" "
            f"alt=\"Fotos\" width=\"600\"/></p>\n\n## Materiais do Evento\n\nVocê pode encontrar todos os slides e "
            f"materiais utilizados durante as apresentações [aqui](SlidesMeetup{slugify(p.city).title()}.{ev.year}.pdf).\n\n"
            f"## Próximos Passos\n\nFique atento para os próximos encontros!\n")
    return Page(fm, body, online=None,
                note="README: the year only in the title, the day as 'dia 5/4' (day/month); the city only in the meetup's name; attendance not stated")


# ==========================================================================
# T101-T140: helpers (places, names and renderers used only by these templates)
# ==========================================================================
# Places added with T101-T140 (used only by templates with extra=2).
EXTRA2_PLACES_RAW = [
    ("Brno", "South Moravian Region", "Czech Republic", "CZ", "", "Brno", "Brněnské výstaviště", "Výstaviště 405/1", "603 00"),
    ("Ostrava", "Moravian-Silesian Region", "Czech Republic", "CZ", "", "Ostrava", "Dolní oblast Vítkovice", "Ruská 2993", "703 00"),
    ("Plzeň", "Plzeň Region", "Czech Republic", "CZ", "", "Plzeň", "DEPO2015", "Presslova 14", "301 00"),
    ("Moscow", None, "Russia", "RU", "", "Москва", "Цифровое деловое пространство", "ул. Покровка, 47", "105062"),
    ("Saint Petersburg", None, "Russia", "RU", "", "Санкт-Петербург", "КВЦ «Экспофорум»", "Петербургское шоссе, 64/1", "196140"),
    ("Novosibirsk", "Novosibirsk Oblast", "Russia", "RU", "", "Новосибирск", "Технопарк Академгородка", "ул. Николаева, 12", "630090"),
    ("Kazan", "Tatarstan", "Russia", "RU", "", "Казань", "IT-парк", "ул. Петербургская, 52", "420107"),
    ("Krasnodar", "Krasnodar Krai", "Russia", "RU", "", "Краснодар", "Коворкинг «CO-Place»", "ул. Красноармейская, 55/1, 11 этаж", "350000"),
    ("Yekaterinburg", "Sverdlovsk Oblast", "Russia", "RU", "", "Екатеринбург", "Ельцин Центр", "ул. Бориса Ельцина, 3", "620014"),
    ("Tyumen", "Tyumen Oblast", "Russia", "RU", "", "Тюмень", "Отель Восток, конференц-зал Юпитер", "ул. Республики, 159", "625048"),
    ("Ankara", None, "Turkey", "TR", "", "Ankara", "ODTÜ Kültür ve Kongre Merkezi", "Dumlupınar Blv. No:1, Çankaya", "06800"),
    ("Izmir", None, "Turkey", "TR", "", "İzmir", "İzmir Ekonomi Üniversitesi", "Sakarya Cad. No:156, Balçova", "35330"),
    ("Bursa", None, "Turkey", "TR", "", "Bursa", "Merinos Atatürk Kongre Kültür Merkezi", "Ankara Yolu Cad. No:1, Osmangazi", "16200"),
    ("Antalya", None, "Turkey", "TR", "", "Antalya", "Akdeniz Üniversitesi Kongre ve Kültür Merkezi", "Dumlupınar Blv., Konyaaltı", "07070"),
    ("Busan", None, "South Korea", "KR", "", "Busan", "BEXCO", "55 APEC-ro, Haeundae-gu", "48060"),
    ("Incheon", None, "South Korea", "KR", "", "Incheon", "Songdo Convensia", "123 Central-ro, Yeonsu-gu", "21998"),
    ("Uppsala", "Uppsala County", "Sweden", "SE", "", "Uppsala", "Uppsala Konsert & Kongress", "Vaksala torg 1", "753 31"),
    ("Rosario", "Santa Fe", "Argentina", "AR", "", "Rosario", "Centro Cultural Parque de España", "Sarmiento 1", "S2000"),
    ("Mendoza", "Mendoza", "Argentina", "AR", "", "Mendoza", "Nave Cultural", "España y Maipú", "M5500"),
    ("Asunción", None, "Paraguay", "PY", "", "Asunción", "Centro de Convenciones Mariscal", "Av. Mariscal López 1325", "1536"),
    ("Kolkata", "West Bengal", "India", "IN", "", "Kolkata", "Biswa Bangla Convention Centre", "Action Area II, New Town", "700161"),
    ("Pune", "Maharashtra", "India", "IN", "", "Pune", "COEP Technological University", "Wellesley Rd, Shivajinagar", "411005"),
]
EXTRA2_PLACES = [Place(t) for t in EXTRA2_PLACES_RAW]

MON["cs_gen"] = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
                 "listopadu", "prosince"]
WD["cs_gen"] = ["pondělí", "úterý", "středy", "čtvrtka", "pátku", "soboty", "neděle"]
WD["cs"] = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
MON["sv"] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
             "november", "december"]
WD["sv"] = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
MON["ru_gen"] = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                 "ноября", "декабря"]
WD["ru"] = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MON["tr"] = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
             "Aralık"]
TR_MON_LOC = ["Ocak'ta", "Şubat'ta", "Mart'ta", "Nisan'da", "Mayıs'ta", "Haziran'da", "Temmuz'da", "Ağustos'ta",
              "Eylül'de", "Ekim'de", "Kasım'da", "Aralık'ta"]
WD["tr"] = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
WD["ko"] = ["월", "화", "수", "목", "금", "토", "일"]
MON_ABBR_ES = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]

CS_LOC = {"Prague": "v Praze", "Brno": "v Brně", "Ostrava": "v Ostravě", "Plzeň": "v Plzni"}
RU_TZ = {"Moscow": "+03:00", "Saint Petersburg": "+03:00", "Kazan": "+03:00", "Krasnodar": "+03:00",
         "Novosibirsk": "+07:00", "Yekaterinburg": "+05:00", "Tyumen": "+05:00"}
RU_GEO = {"Moscow": (55.757, 37.650), "Saint Petersburg": (59.765, 30.357), "Novosibirsk": (54.857, 83.110),
          "Kazan": (55.786, 49.124), "Krasnodar": (45.029, 38.973), "Yekaterinburg": (56.845, 60.590),
          "Tyumen": (57.153, 65.534)}
RU_ORD_F = {3: "третья", 4: "четвертая", 5: "пятая", 6: "шестая", 7: "седьмая", 8: "восьмая", 9: "девятая",
            10: "десятая", 11: "одиннадцатая", 12: "двенадцатая"}
TR_LOC = {"Istanbul": "İstanbul'da", "Ankara": "Ankara'da", "Izmir": "İzmir'de", "Bursa": "Bursa'da",
          "Antalya": "Antalya'da"}
TR_VENUE = {"Istanbul": ("Kadir Has Üniversitesi Cibali Kampüsü", "Kadir Has Üniversitesi Cibali Kampüsü'nde",
                         "Kadir Has Üniversitesi'nde"),
            "Ankara": ("ODTÜ Kültür ve Kongre Merkezi", "ODTÜ Kültür ve Kongre Merkezi'nde", "ODTÜ'de"),
            "Izmir": ("İzmir Ekonomi Üniversitesi Balçova Kampüsü", "İzmir Ekonomi Üniversitesi Balçova Kampüsü'nde",
                      "İzmir Ekonomi Üniversitesi'nde"),
            "Bursa": ("Merinos Atatürk Kongre Kültür Merkezi", "Merinos Atatürk Kongre Kültür Merkezi'nde",
                      "Merinos AKKM'de"),
            "Antalya": ("Akdeniz Üniversitesi Kongre ve Kültür Merkezi", "Akdeniz Üniversitesi Kongre ve Kültür Merkezi'nde",
                        "Akdeniz Üniversitesi'nde")}
KO_INFO = {"Seoul": ("서울", "서울특별시", "한국 마이크로소프트 13층", "서울특별시 종로구 종로1길 50 더케이트윈타워"),
           "Busan": ("부산", "부산광역시", "벡스코 제2전시장 컨퍼런스룸", "부산광역시 해운대구 APEC로 55 벡스코"),
           "Incheon": ("인천", "인천광역시", "송도컨벤시아 프리미어볼룸", "인천광역시 연수구 센트럴로 123 송도컨벤시아")}
KO_HOTEL = {"Seoul": "Conrad hotel", "Busan": "Westin Josun Busan", "Incheon": "Sheraton Grand Incheon"}
SV_BAR = ["The Bishops Arms", "Oliver Twist", "Ölkafé Lion", "Pub Anchor", "Bryggeriet"]
FR_ADJ = {"Paris": ("Parisienne", "parisiens"), "Lyon": ("Lyonnaise", "lyonnais"), "Nantes": ("Nantaise", "nantais"),
          "Toulouse": ("Toulousaine", "toulousains"), "Lille": ("Lilloise", "lillois"),
          "Clermont-Ferrand": ("Clermontoise", "clermontois")}
DE_STATE = {"Munich": "BY", "Nuremberg": "BY", "Düsseldorf": "NW", "Cologne": "NW", "Dresden": "SN", "Leipzig": "SN",
            "Magdeburg": "ST", "Berlin": "BE", "Hamburg": "HH"}
ES_PROV = {("Córdoba", "Córdoba"): "Córdoba", ("Rosario", "Santa Fe"): "Santa Fe", ("Mendoza", "Mendoza"): "Mendoza",
           ("Málaga", "Andalusia"): "Málaga", ("Valencia", "Valencian Community"): "Valencia",
           ("Burgos", "Castile and León"): "Burgos", ("Bilbao", "Basque Country"): "Vizcaya",
           ("Vigo", "Galicia"): "Pontevedra"}
UNI_ES = {("Asunción", None): ("Universidad Nacional de Asunción", "FIUNA"),
          ("Córdoba", "Córdoba"): ("Universidad Nacional de Córdoba", "FCEFyN"),
          ("Rosario", "Santa Fe"): ("Universidad Nacional de Rosario", "FCEIA"),
          ("Buenos Aires", None): ("Universidad de Buenos Aires", "FIUBA"),
          ("Madrid", "Community of Madrid"): ("Universidad Politécnica de Madrid", "ETSIT"),
          ("Málaga", "Andalusia"): ("Universidad de Málaga", "ETSII"),
          ("Santiago", None): ("Universidad de Santiago de Chile", "FING"),
          ("Medellín", "Antioquia"): ("Universidad de Medellín", "UdeM")}
UNI_IT = {"Rome": ("Dipartimento di Ingegneria dell'Università degli Studi Roma Tre", "Via della Vasca Navale 79"),
          "Milan": ("Politecnico di Milano – Campus Leonardo", "Piazza Leonardo da Vinci 32"),
          "Turin": ("Politecnico di Torino", "Corso Duca degli Abruzzi 24"),
          "Bologna": ("Dipartimento di Informatica dell'Università di Bologna", "Mura Anteo Zamboni 7"),
          "Florence": ("Polo delle Scienze Sociali dell'Università di Firenze", "Via delle Pandette 9"),
          "Modena": ("Dipartimento di Ingegneria Enzo Ferrari", "Via Pietro Vivarelli 10")}
UNI_IN = {"Kolkata": ("JIS University", "JISU"), "Bengaluru": ("Christ University", "CU"),
          "Chennai": ("SRM Institute of Science and Technology", "SRMIST"), "Hyderabad": ("IIIT Hyderabad", "IIITH"),
          "Pune": ("COEP Technological University", "COEP")}
UNI_ZH = {"Beijing": "清华", "Shanghai": "复旦", "Hangzhou": "浙大", "Guangzhou": "中大", "Shenzhen": "南科大",
          "Chengdu": "川大", "Xiamen": "厦大"}
ZH_PROV = {"Beijing": "北京", "Shanghai": "上海", "Shenzhen": "广东", "Guangzhou": "广东", "Hangzhou": "浙江",
           "Xiamen": "福建", "Chengdu": "四川"}
ES_COUNTRY_UP = {"Peru": "PERÚ", "Colombia": "COLOMBIA", "Mexico": "MÉXICO", "Argentina": "ARGENTINA", "Chile": "CHILE",
                 "Uruguay": "URUGUAY", "Costa Rica": "COSTA RICA", "Paraguay": "PARAGUAY"}

POOLS.update({
    "cs": lambda p: p.cc == "CZ",
    "ru": lambda p: p.cc == "RU",
    "tr": lambda p: p.cc == "TR" and p.city in TR_VENUE,
    "ko": lambda p: p.key()[:1] in [(k,) for k in KO_INFO],
    "sv": lambda p: p.cc == "SE",
    "in_uni": lambda p: p.city in UNI_IN,
    "es_prov": lambda p: p.key()[:2] in ES_PROV,
    "es_uni": lambda p: p.key()[:2] in UNI_ES,
    "latam": lambda p: p.country in ES_COUNTRY_UP,
    "fr_adj": lambda p: p.city in FR_ADJ and p.cc == "FR",
    "de_state": lambda p: p.city in DE_STATE,
    "it_uni": lambda p: p.city in UNI_IT,
    "zh_cn": lambda p: (p.city, "zh") in VENUE_L and p.cc == "CN",
    "uni_any": lambda p: p.key()[:2] in UNI,
    "eu_cet": lambda p: p.cc in ("DE", "AT", "CH", "FR", "BE", "NL", "IT", "ES", "SE", "DK", "NO", "PL", "CZ"),
})


def sv_ord(n):
    """'19:e', '1:a', '22:a', '11:e' (Swedish ordinal day)."""
    return f"{n}:a" if n % 10 in (1, 2) and n % 100 not in (11, 12) else f"{n}:e"


def cet_offset(d):
    return "UTC +2" if 4 <= d.month <= 10 else "UTC +1"


def addr_cn_street(addr):
    """'四川省成都市高新区世纪城路' -> '高新区世纪城路' (street part without province and city)."""
    return re.sub(r"^(.{2,3}省)?(.{2,3}市)", "", addr)


# ---- T101-T112: English -------------------------------------------------------
@template("T101", "en", ["plain"], "opensearch-project/project-website _events/2023-0205-opensearch-at-fosdem23 copy.markdown (front matter 'eventdate: 2023-02-05T16:00', 'tz: UTC +1', 'online: False', 'signup: {url, title: Talk Page}'; 'Come visit with us at FOSDEM, Brussels! David will be presenting, ...')",
          pool="eu_cet", days=(1, 1), pub=(-40, -10), extra=2, name="{tech} Days", name_city=False)
def t101(ev):
    p = ev.p
    talk = ev.pick(f"{ev.tech} Logging Like Your Job Depends on It", f"Observability for {ev.tech} in five minutes",
                   f"Searching logs with {ev.tech}")
    who = ev.pick("David", "Nate", "Kris", "Amitai")
    hh = ev.pick("10:30", "14:00", "16:00", "17:30")
    fm = {"eventdate": Raw(f"{iso(ev.start)}T{hh}"), "tz": cet_offset(ev.start),
          "title": f"{ev.series} - {talk}", "online": Raw("False"),
          "signup": {"url": f"https://{slugify(ev.series)}.example.org/{ev.year}/schedule/event/{slugify(talk)[:24]}/",
                     "title": "Talk Page"}}
    body = (f"Come visit with us at {ev.series}, {p.city_in('en')}! {who} will be presenting, \"{talk}\". It is a fast "
            f"track to understanding logging in {ev.tech} that ends in a demo of how to ship those logs into the "
            f"project.\n\nIf you'd like to meetup at {ev.series} or chat about the event we can all use "
            f"[this forum thread](https://forum.example.org/t/{slugify(ev.series)}-{ev.year}-thread/12102)! Hope to "
            f"see everyone there. \n")
    return Page(fm, body, online="in-person",
                note="events collection: the talk's date only in front matter 'eventdate: YYYY-MM-DDTHH:MM' (+ 'tz: UTC +1', 'online: False'); the city only in the body 'at CONFERENCE, CITY!'")


@template("T102", "en", ["plain", "distractor"], "code search: Virginia Integrable Probability Summer School 2024 pages ('# Virginia Integrable Probability Summer School 2024 / ### Monday, July 8 to Friday, July 19, 2024 / ### University of Virginia, Charlottesville, VA'; registration page 'We have financial support to partially cover travel')",
          pool="uni_any", days=(12, 12), weekday=0, extra=2, name="{city}", name_city=False)
def t102(ev):
    p = ev.p
    uni = UNI[p.key()[:2]]
    field = ev.pick("Integrable Probability", "Computational Topology", "Random Matrix Theory", "Mathematical Biology")
    name = f"{p.city_in('en') if p.city_in('en') not in uni else ev.pick('International', 'Advanced', 'Graduate')} {field} Summer School"
    short = "".join(w[0] for w in name.split() if w[0].isupper()).lower() + "ss"
    where = f"{p.city}, {p.abbr}" if p.cc == "US" else f"{p.city_in('en')}, {p.country}"
    apply_by = ev.before(60, 90)
    fm = {"layout": "default", "title": f"{name} {ev.year}", "nav_weight": 1000, "nav_id": f"Summer School {ev.year}",
          "permalink": f"/{short}{ev.year}/"}
    body = (f"<img src=\"{{{{site.url}}}}/{short}{ev.year}/cover.jpg\" style=\"max-width:100%\" alt=\"Cover\">\n\n"
            f"# <a href=\"{{{{site.url}}}}/{short}{ev.year}/\">{name} {ev.year}</a>\n\n"
            f"### {en_md(ev.start, wd=True, year=False)} to {en_md(ev.end, wd=True)}\n\n### {uni}, {where}\n\n---\n\n"
            f"The aim of the school is to educate the participants in recent trends around {field} - a rapidly "
            f"developing field at the interface of several areas of mathematics.\n\nThe school consists "
            f"of minicourses by leading experts, problem sessions in the afternoons, and short talks by participants.\n\n"
            f"We have financial support to partially cover **travel** for most participants. Preference will be given to "
            f"graduate students, postdocs and early career researchers. Apply by {en_md(apply_by)}.\n")
    return Page(fm, body, online="in-person",
                note="summer-school home: heading '### Monday, July 8 to Friday, July 19, 2024' then '### UNIVERSITY, CITY, ST'; the application deadline is a distractor")


@template("T103", "en", ["distractor"], "remakingresearch/remakingresearch-archived logistics.md ('## Dates / **The summer school will be held from August 23-27, 2020.** / ## Venue / **Hosted at AMU Dom Pracy Twórczej, in Ciążeń** ... / ## Transportation / The venue is located around one hour away from Poznań, Poland and half a day from Prague, Czech by either bus or train.')",
          pool="eu", days=(5, 5), extra=2, other_pool="eu")
def t103(ev):
    p, o, o2 = ev.p, ev.other, ev.other2
    near = [q for q in PLACES + EXTRA_PLACES + EXTRA2_PLACES if q.cc == p.cc and q.city != p.city]
    if near:
        o = ev.rng.choice(near)
        if o2.city == o.city:
            o2 = ev.other
    fm = {"layout": "splash"}
    body = (f"## Dates\n**The summer school will be held from {en_range(ev.start, ev.end, dash='-')}.**\n\n## Venue\n"
            f"**Hosted at [{p.venue}, in {p.city_in('en')}](https://example.org/venue)**, "
            f"{ev.pick('a historic building close to the old town', 'a modern venue by the river', 'a former factory turned cultural centre')}.\n\n"
            f"[more about the venue, nearby attractions, etc...]\n\n## Costs\nFees include accommodation and food. "
            f"Attendees are responsible for their own travel expenses.\n\n## Transportation\nThe venue is located around "
            f"{ev.pick('one hour', 'two hours', 'three hours')} away from {o.city_in('en')}, {o.country} and half a day "
            f"from {o2.city_in('en')}, {o2.country} by either bus or train.\n\n**By bus:** [detailed ways of getting "
            f"there]\n\n**By train:** [detailed ways of getting there]\n\n<iframe width=\"1000\" height=\"400\" "
            f"frameborder=\"0\" scrolling=\"no\" src=\"https://www.openstreetmap.org/export/embed.html?bbox=17.74%2C52.18%2C17.88%2C52.23&amp;layer=mapnik\"></iframe>\n")
    return Page(fm, body, online="in-person",
                note="logistics page: '## Dates / The summer school will be held from August 23-27, 2020.' + 'Hosted at VENUE, in CITY'; travel origins ('one hour away from OTHER, COUNTRY') are distractors; template placeholders left in the page")


@template("T104", "en", ["plain"], "DenverGophers/talks README.md ('Next Meetup / * Date: Thursday, March 27, 2014 / * Time: 7:00 - 9:00 / * Where: [Galvanize: 1062 Delaware Street, Denver CO 80204] / * RSVP: ... / * Amenities: Free beer and pizza compliments of Pivotal Labs')",
          pool="us", days=(1, 1), weekday=3, pub=(-20, -5), extra=2)
def t104(ev):
    p = ev.p
    host = ev.pick("Galvanize", "SendGrid", "Pivotal Labs", "Turing School")
    spons = ev.pick("Pivotal Labs", "Iron.io", "Basecamp", "SendGrid")
    room = ev.pick("ViaWest Cloud Conference Room East", "the second-floor classroom", "the Atrium")
    grp = f"{p.city}-Go-Language-User-Group"
    fm = {"title": "Next Meetup"}
    body = (f"Next Meetup\n==========\n\n* Date: {en_md(ev.start, wd=True)}\n* Time: 7:00 - 9:00\n"
            f"* Where: [{host}: {p.street}, {p.city} {p.abbr} {p.postcode}](http://goo.gl/TqlYe)\n"
            f"* RSVP: [www.meetup.com/{grp}](http://www.meetup.com/{grp}/events/159414062/)\n"
            f"* Amenities: Free beer and pizza compliments of [{spons}](http://www.example.com/)\n\n\nAgenda\n--------\n\n"
            f"1. 6:30 - Meet and Greet. Drink some beer and eat some pizza compliments of {spons}.\n"
            f"2. 7:00 - 7:10 - Intro to Go Lightning Talk\n3. 7:10 - 7:40 - TBD.\n4. 7:40 - 8:10 - TBD.\n"
            f"5. 8:00 - 9:00 - Round table discussions, questions, pair programming\n\nWe meet in {room}.  \n"
            f"Just walk through the restaurant and we are in the second conference room on the left.  \nThere will be a "
            f"sign outside the door promoting our meetup.\n\n\n### [Past Meetups/Talks](PAST.md)\n> View a list of our "
            f"past meetups, links to presentations and talks.\n\n### [About {p.city} Gophers](ABOUT.md)\n> Who we are "
            f"and who our sponsors are.\n")
    return Page(fm, body, online="in-person",
                note="README 'Next Meetup' bullets '* Date: Thursday, March 27, 2014' / '* Where: HOST: street, City ST zip' (no comma before the state)")


@template("T105", "en", ["partial", "distractor"], "apache/pulsar site2/website-next/blog/2019-12-18-Pulsar-summit-cfp.md ('the first Pulsar Summit will be held in San Francisco in April, 2020 ... Submissions are open until **January 31, 2020** ... ## Dates to remember / - CFP opens: December 15, 2019 / - CFP closes: January 31, 2020 - 23:59 PST / - CFP notification: ... / - Schedule announcement: ...')",
          pool="all", days=(1, 2), pub=(-130, -110), extra=2, name="{Tech} Summit", name_city=False)
def t105(ev):
    p = ev.p
    opens = ev.pub
    closes = ev.before(60, 75)
    notif = closes + dt.timedelta(days=21)
    sched = notif + dt.timedelta(days=3)
    fm = {"author": "Jennifer H.", "authorURL": "https://twitter.com/example",
          "title": f"{ev.series} {p.city_in('en')} {ev.year} CFP is now open"}
    body = (f"{ev.series} is an annual conference dedicated to the {ev.tech} community, bringing together an "
            f"international audience of developers, architects, committers and contributors to share experiences, "
            f"exchange ideas and knowledge, and receive hands-on training sessions led by experts.\n\nWe are excited to "
            f"announce that the first {ev.series} will be held in {p.city_in('en')} in {mname(ev.start)}, {ev.year}. "
            f"Talk submissions, pre-registration, and sponsorship opportunities are now open for the conference!\n\n"
            f"## Speak at {ev.series}\nPresentations and lightning talks are accepted for speaking proposals. "
            f"Submissions are open until **{en_md(closes)}**.\n\n## Dates to remember\n- CFP opens: {en_md(opens)}\n"
            f"- CFP closes: {en_md(closes)} - 23:59 PST\n- CFP notification: {en_md(notif)}\n"
            f"- Schedule announcement: {en_md(sched)}\n\n## Speaker benefits\nWhen your speaking proposal is approved, "
            f"you will enjoy the following benefits:\n\n- Full conference pass.\n- Exclusive swag only available to "
            f"speakers.\n- A professionally produced video of your presentation.\n")
    return Page(fm, body, online=None, start=None, end=None,
                note="CFP announcement: 'will be held in CITY in April, 2020' (month only -> dates null; attendance not stated); the CFP timeline dates are distractors")


@template("T106", "en", ["online", "distractor"], "apache/pulsar site2/website/blog/2020-08-25-pulsar-summit-asia-2020-cfp.md ('After a very successful Pulsar Summit Virtual Conference in June, we have decided to present our Pulsar Summit Asia 2020 in the same way on November 28-29, 2020. The two-day conference will be free to attend! ... CFP closes: October 14, 2020 - 23:59 (CST: China Standard Time/UTC+8 time zone)')",
          days=(2, 2), pub=(-100, -85), extra=2, name="{Tech} Summit", name_city=False)
def t106(ev):
    region = ev.pick("Asia", "Europe", "North America", "Latin America")
    tzn = {"Asia": "CST: China Standard Time/UTC+8 time zone", "Europe": "CET: Central European Time/UTC+1",
           "North America": "PST: Pacific Standard Time/UTC-8", "Latin America": "BRT: Brasília Time/UTC-3"}[region]
    opens = ev.pub
    closes = ev.before(40, 50)
    notif = closes + dt.timedelta(days=7)
    virt = D(ev.year, 6, 1) if ev.start.month > 7 else D(ev.year - 1, 11, 1)
    fm = {"author": "Jennifer H.", "authorURL": "https://twitter.com/example",
          "title": f"{ev.series} {region} {ev.year} CFP is now open"}
    body = (f"{ev.series} is an annual conference dedicated to the {ev.tech} community. The summit brings together an "
            f"international audience of developers, architects and contributors. Together, they share experiences, "
            f"ideas, and insights, and receive hands-on training sessions led by experts.\n\nAfter a very successful "
            f"{ev.series} Virtual Conference in {mname(virt)}, we have decided to present our {ev.series} {region} "
            f"{ev.year} in the same way on {en_range(ev.start, ev.end, dash='-')}. The two-day conference will be free "
            f"to attend! Talk submissions and sponsorship opportunities are now open for the conference!\n\n"
            f"## Speak at {ev.series}\nProposals for speaker presentations are currently being accepted. Submissions "
            f"are open until **{en_md(closes)}**.\n\n## Dates to remember\n- CFP opens: {en_md(opens)}\n"
            f"- CFP closes: {en_md(closes)} - 23:59 ({tzn})\n- CFP notification: {en_md(notif)}\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'present our SUMMIT REGION YEAR in the same way [as the virtual conference] on November 28-29, 2020' = online; the region name, the CFP dates and the time-zone note are distractors")


@template("T107", "en", ["distractor"], "pydataberlin/pydata-berlin-intro-slides slides.rst ('PyData Berlin Meetup / ==== / :Date: 2015-03-23 -- Microsoft Digial Eatery / ... Announcements / * PyData-Berlin 2015 is happening! / * 29th -- 30th May @ Betahaus / ... Upcoming Conferences / * 3rd Apr. -- PyData Paris / * 17--19 Apr -- PyData Track @ PyCon Italy, Florence')",
          pool="eu", days=(1, 1), pub=(-2, -1), extra=2)
def t107(ev):
    p = ev.p
    cityn = p.city_in("en")
    conf = ev.start + dt.timedelta(days=ev.rng.randint(50, 80))
    conf2 = conf + dt.timedelta(days=1)
    up = sorted((ev.start + dt.timedelta(days=ev.rng.randint(40, 140))).replace(day=ev.rng.randint(1, 26)) for _ in range(3))
    others = [ev.other, ev.other2]
    title = f"PyData {cityn} Meetup"
    fm = {"title": title}
    body = (f"{title}\n{'=' * len(title)}\n\n:Date: {iso(ev.start)} -- {p.venue}\n\nSchedule\n--------\n\n* Introduction\n\n"
            f"* **{ev.pick('xlwings: Excel with Python', 'The Why Behind Data Science', 'Forecasting with pandas')}**\n\n"
            f"  * By {ev.pick('Felix Z.', 'Gabe G.', 'Anna K.')}\n\n* Lightning Talks\n\n* Drinks and Networking\n\n\n"
            f"Contact\n-------\n\n:Twitter: `@pydata{slugify(cityn).replace('-', '')} <https://twitter.com/example>`_\n"
            f":EMail: `info@pydata.example <mailto:info@pydata.example>`_\n\nAnnouncements\n-------------\n\n"
            f"* PyData-{cityn} {conf.year} is happening!\n* {ordinal(conf.day)} -- {ordinal(conf2.day)} {MON_ABBR_EN[conf2.month-1]} @ "
            f"{ev.pick('the Tech Hub', 'the Old Brewery', 'the University Aula')}\n* CFP soon, start thinking about proposals\n"
            f"* Volunteers will receive free entry\n\nUpcoming Conferences\n--------------------\n\n"
            f"* {ordinal(up[0].day)} {MON_ABBR_EN[up[0].month-1]}. -- PyData {others[0].city_in('en')}\n"
            f"* {up[1].day}--{up[1].day + 2} {MON_ABBR_EN[up[1].month-1]} -- PyData Track @ PyCon {others[1].country}, {others[1].city_in('en')}\n"
            f"* {up[2].day}--{up[2].day + 1} {MON_ABBR_EN[up[2].month-1]} -- PyData {ev.pick('Seattle', 'Dallas', 'London')}\n")
    return Page(fm, body, online="in-person",
                note="meetup slides (rst): ':Date: YYYY-MM-DD -- VENUE' and the city only in the title; the group's own conference and other conferences are distractors")


@template("T108", "en", ["distractor"], "code search: Forseti Community Day 2019 posts ('We're excited to announce the second annual Forseti Community Day in San Francisco! The event takes place the week of Google Next 2019 on Friday, April 12th, at the Google Community Space from 9:00 am to 4:30 pm.')",
          pool="na_plain", days=(1, 1), weekday=4, pub=(-50, -25), extra=2, name="{Tech} Community Day", name_city=False)
def t108(ev):
    p = ev.p
    proj = ev.pick("Forseti", "Tekton", "Knative", "Vitess", "Crossplane")
    big = ev.pick("Cloud Next", "KubeCon", "re:Invent", "Open Source Summit")
    nth = ev.pick("second", "third", "fourth")
    fm = {"title": f"{proj} Community Day {ev.year} - {p.city_in('en')}", "author": "Ryan I."}
    body = (f"We're excited to announce the {nth} annual {proj} Community Day in {p.city_in('en')}! \n\nThe event takes "
            f"place the week of {big} {ev.year} on {WD['en'][ev.start.weekday()]}, {mname(ev.start)} {ordinal(ev.start.day)}, "
            f"at the [{p.venue}](https://maps.example.com/?q={slugify(p.venue)}) from 9:00 am to 4:30 pm. "
            f"[Sign up here](https://forms.example.com/{slugify(proj)}).\n\n{proj} Community Day is an opportunity for "
            f"users, partners, and community members to come together, share best practices, hear lessons learned, and "
            f"interact directly with the {proj} development team.\n\nHere's a quick snapshot of the day:\n\nMorning: "
            f"maintainers deliver an overview of the {proj} vision and roadmap, how and why to contribute, as well as "
            f"training and a hands-on lab.\n\nAfternoon: user stories and open discussion.\n")
    return Page(fm, body, online="in-person",
                note="'in CITY! The event takes place the week of BIG-CONF YEAR on Friday, April 12th, at VENUE' (year from the title / the co-located conference); the co-located conference is a distractor")


@template("T109", "en", ["plain"], "code search: GDG JISU 'Hacktoberfest Meetup 2025' README ('# Event Name:- Hacktoberfest Meetup 2025 / ### Event Date:- 27th October 2025 / ### Event Time:- 10:30am - 4:45pm / ### Event Venue:- JIS University, Kolkata / ### Registration Link:- ...')",
          pool="in_uni", days=(1, 1), pub=(-25, -5), extra=2)
def t109(ev):
    p = ev.p
    uni, short = UNI_IN[p.city]
    evn = ev.pick("Hacktoberfest Meetup", f"{ev.tech} Study Jam", "DevFest Campus Edition", "Cloud Community Day")
    fm = {"title": f"{evn} {ev.year}"}
    body = (f"![alt text](https://images.lumacdn.com/gallery-images/{ev.rng.getrandbits(32):08x}.png)\n"
            f"# Event Name:- {evn} {ev.year}\n### Event Date:- {ordinal(ev.start.day)} {mname(ev.start)} {ev.year}\n"
            f"### Event Time:- 10:30am - 4:45pm\n### Event Venue:- {uni}, {p.city}\n"
            f"### Registration Link:- [{evn}](https://luma.com/{ev.rng.getrandbits(24):06x})\n\n--- \n\n"
            f"> **The event has been divided into two sections of the day. The first section is the welcome and "
            f"felicitation of the core team and seniors of GDG {short} and the second section is the {evn} session by "
            f"the Guest Speakers.**\n\n# Phase1 - WELCOME AND FELICITATION SECTION\n\n### 9:40am - 10:30am - [VENUE "
            f"PREPARATION AND CHECKIN]\n### 10:30am - 11:00am - [WELCOME NOTES]\n- **10:30am - 10:35am** - Dr. S. Roy\n"
            f"- **10:35am - 10:40am** - Dr. D. Singh\n\n# Phase2 - {evn.upper()} SESSION\n\n### 11:15am - 1:00pm - "
            f"[KEYNOTE AND TALKS]\n### 2:00pm - 4:45pm - [HANDS-ON AND CLOSING]\n")
    return Page(fm, body, online="in-person",
                note="heading labels with ':-' ('### Event Date:- 27th October 2025', '### Event Venue:- UNIVERSITY, CITY')")


@template("T110", "en", ["null", "distractor"], "code search: Golang Estonia README ('# Golang Estonia / ## Meetups / Please maintain the list in a descending order based on the date the meetup has been held. / * [2022-03-24 Remote](2022-03-23@Online) / * [2020-10-28 at the University of Tartu Delta Center](...)')",
          pool="eu", null=True, extra=2)
def t110(ev):
    p = ev.p
    country = p.country
    rng = ev.rng
    d = D(ev.year, rng.randint(1, 12), rng.randint(1, 25))
    items = []
    for i in range(5):
        unis = sorted(u for (c, r), u in UNI.items() if any(q.city == c and q.cc == p.cc for q in PLACES + EXTRA_PLACES))
        kind = rng.choice(["remote", "company", "uni"] if unis else ["remote", "company"])
        if kind == "remote":
            link = d - dt.timedelta(days=1) if i == 0 else d
            items.append(f"* [{iso(d)} Remote]({iso(link)}@Online)")
        elif kind == "company":
            co = rng.choice(["Starship", "Mooncascade", "Nulab", "Bolt", "Wise", "Pipedrive"])
            items.append(f"* [{iso(d)} at {co}]({iso(d)}@{co})")
        else:
            uni = rng.choice(unis)
            items.append(f"* [{iso(d)} at the {uni}]({iso(d)}@{slugify(uni).title().replace('-', '')})")
        d -= dt.timedelta(days=rng.randint(90, 240))
    fm = {"title": f"Golang {country}"}
    body = (f"# Golang {country}\n\nThis is a group for people interested in the Go programming language in {country}. "
            f"All aspiring, current and past Gophers are welcome.\n\n## Meetups\n\nPlease maintain the list in a "
            f"descending order based on the date the meetup has been held.\n\n" + "\n".join(items) +
            "\n\nPlease send us a PR if we are missing some presentation or if some details are not correct.\n\n"
            "Hope to see you next time.\n\n## Join us on Meetup.com\n\nhttps://www.meetup.com/example-golang/\n")
    return Page(fm, body, note="user-group README listing past meetups (some remote, one link with a different date); about no single event")


@template("T111", "en", ["null", "distractor"], "HDR-Ecosystem/hdr2024 content/sponsorship/become-a-sponsor.md ('On behalf of the Conference Committee of the 2024 Harvesting the Data Revolution Conference, we invite you to participate in the sponsor program. ... please contact Dr. Julia Gonski (jgonski@slac.stanford.edu) ... ### Platinum Tier (minimum $5000)'); MIDL-Conference/midl-website-2023 pages/sponsorship-packages.md",
          null=True, extra=2)
def t111(ev):
    conf = ev.pick("Harvesting the Data Revolution", f"{ev.tech} at Scale", f"Open {ev.tech} Research")
    uni = ev.pick(*sorted(UNI.values()))
    dom = slugify(uni).split("-")[-1] if "University of" in uni else slugify(uni).replace("-", "")[:10]
    fm = {"draft": False, "title": "How to become a sponsor", "display_in_summary": True, "weight": 1000}
    body = (f"On behalf of the Conference Committee of the {ev.year} {conf} Conference, we invite you to participate in "
            f"the sponsor program.\n\n## <span style=\"color:Orange\">Contact Us</span>\n\nIf you wish to sponsor our "
            f"conference or have questions about sponsorship, please contact [Dr. J. Gonzales](https://profiles.{dom}.edu/) "
            f"(jgonzales@physics.{dom}.edu), {uni}, for more information.\n\nThere are three tiers of sponsorship. The "
            f"benefits of each are shown below:\n\n### <span style=\"color:LightGreen\">Platinum Tier</span> (minimum "
            f"$5000)\n\n- Logo on Conference Page and Poster\n- Acknowledge sponsors in the Opening/Closing sessions and "
            f"Public Lecture\n- Panelist in a conference discussion session \n- Public Demo of the Product in the plenary "
            f"or Exhibition booth\n\n### <span style=\"color:LightGreen\">Gold Tier</span> (minimum $2000)\n\n- Logo on "
            f"Conference Page and Poster\n- Acknowledgement in the post-conference Whitepaper and the YouTube videos\n\n"
            f"### <span style=\"color:LightGreen\">Silver Tier</span> (minimum $500)\n\n- Logo on Conference Page and "
            f"Poster\n")
    return Page(fm, body, note="sponsor page of an edition that states neither place nor dates (only the year in the name); the sponsorship contact's university is not the venue -> all null")


@template("T112", "en", ["distractor"], "code search: Lunatech blog '= LunaConf 2024 / Sylke Sauerwald / v1.0, 2024-10-10 / :title: LunaConf 2024: A Memorable Gathering / ... we held our Lunatech conference this year on the 4th of October in our wonderful office in Rotterdam on the 22nd and 23rd floor. We welcomed our colleagues from France'",
          pool="eu", days=(1, 1), pub=(3, 12), extra=2, name="{Tech}Conf", name_city=False)
def t112(ev):
    p, o = ev.p, ev.other
    comp = ev.pick("Lunatech", "Codeworks", "Xebia Labs", "Q42")
    conf = f"{comp.split()[0][:4]}Conf"
    fm = {"title": f"{conf} {ev.year}: A Memorable Gathering"}
    body = (f"= {conf} {ev.year}\nSylke S.\nv1.0, {iso(ev.pub)}\n:title: {conf} {ev.year}: A Memorable Gathering\n"
            f":imagesdir: ../media/{iso(ev.pub)}-{slugify(conf)}-{ev.year}\n:lang: en\n:tags: [conference, event, {slugify(comp)}]\n\n"
            f"After 2 years of waiting (the celebration of our anniversary fell in between 😊), we held our {comp} "
            f"conference this year on the {ordinal(ev.start.day)} of {mname(ev.start)} in our wonderful office in "
            f"{p.city_in('en')} on the 22nd and 23rd floor. We welcomed our colleagues from {o.country}, who arrived the "
            f"evening before when we entertained them with food, wine and music; we had speakers from various countries "
            f"and expertise, clients, guests and ex-employees.\n\nimage::welcome.jpg[Welcome by our CEO, 600]\n\n"
            f"=== The talks\n\nThe day opened with a keynote on {ev.tech}, followed by two tracks of talks and a panel.\n")
    return Page(fm, body, online="in-person",
                note="AsciiDoc report: '= TITLE / author / v1.0, YYYY-MM-DD' header (publication) and 'on the 4th of October in our wonderful office in CITY' (year from the title); the visitors' country is a distractor")


# ---- T113-T115: Spanish --------------------------------------------------------
@template("T113", "es", ["distractor"], "tutuca/PyConAr2014 call_for_charlas.rst ('este año la conferencia anual de Python Argentina se realizará los días 13, 14 y 15 de noviembre en la ciudad de Rafaela, provincia de Santa Fe (13: talleres y posibles sprints, 14 y 15: charlas). ... Hasta cuándo hay tiempo? ===== Hasta el **30 de Septiembre**.')",
          pool="es_prov", days=(3, 3), pub=(-75, -55), extra=2)
def t113(ev):
    p = ev.p
    prov = ES_PROV[p.key()[:2]]
    d1, d2, d3 = days_between(ev.start, ev.end)
    m = MON["es"]
    org = ev.pick(f"{ev.tech} Argentina" if p.cc == "AR" else f"{ev.tech} España", f"la comunidad {ev.tech}")
    dias = f"los días {d1.day}, {d2.day} y {d3.day} de {m[d3.month-1]}"  # ranges never cross a month here
    dl = ev.before(40, 50)
    title = f"Llamado a charlas {ev.name}"
    fm = {"title": title}
    body = (f"Buenas a toda la comunidad!\n\nComo sabe la mayoría, este año la conferencia anual de {org} se realizará "
            f"{dias} en la ciudad de {p.city_in('es')}, provincia de {prov} ({d1.day}: talleres y posibles sprints, "
            f"{d2.day} y {d3.day}: charlas).\n\nEn este evento nos encontramos desarrolladores de todos los rincones del "
            f"país, aprendices y expertos, para asistir a talleres, charlas y sprints, sumados a lo agradable de "
            f"conocernos en persona.\n\nLos preparativos de la conferencia vienen acelerados. Pero lo que hoy queremos "
            f"contarles es que ya se encuentra abierto el llamado a charlas!\n\nHasta cuándo hay tiempo?\n"
            f"========================\n\nHasta el **{dl.day} de {m[dl.month-1].capitalize()}**. Debido a la cercanía del "
            f"evento, lo más probable es que no haya extensiones en el plazo.\n\nCómo proponer una charla?\n"
            f"=========================\n\nDesde la web oficial de la conferencia: http://{slugify(ev.series)}.example{'.com.ar' if p.cc == 'AR' else '.es'}\n")
    return Page(fm, body, online="in-person",
                note="CFP mail: 'se realizará los días 13, 14 y 15 de noviembre en la ciudad de CIUDAD, provincia de PROVINCIA' (year only in the title, 'este año'); the CFP deadline is a distractor; 'conocernos en persona' -> in person")


@template("T114", "es", ["distractor"], "cpfiuna/website removed/old/events/hackathon-fiuna-2024.md (front matter 'date: \"2024-05-15\"', 'location: \"Aula Magna, FIUNA\"'; '- **Fecha**: 15-17 de mayo, 2024 / - **Hora**: 09:00 AM - 09:00 AM (siguiente día) / - **Lugar**: Campus FIUNA, Aula Magna' ... 'El registro está abierto hasta el 10 de mayo' ... '### Día 1 (15 de mayo)' ... '## Patrocinadores / - Universidad Nacional de Asunción')",
          pool="es_uni", days=(3, 3), pub=(-40, -20), extra=2)
def t114(ev):
    p = ev.p
    uni, short = UNI_ES[p.key()[:2]]
    m = MON["es"]
    d = days_between(ev.start, ev.end)
    reg = ev.before(4, 6)
    if ev.start.month == ev.end.month:
        fecha = f"{ev.start.day}-{ev.end.day} de {m[ev.end.month-1]}, {ev.year}"
    else:
        fecha = f"{ev.start.day} de {m[ev.start.month-1]} - {ev.end.day} de {m[ev.end.month-1]}, {ev.end.year}"
    fm = {"id": Raw('"1"'), "title": Raw(f'"Hackathon {short} {ev.year}"'), "date": Raw(f'"{iso(ev.start)}"'),
          "time": Raw('"09:00"'), "location": Raw(f'"Aula Magna, {short}"'),
          "description": Raw('"Participa en nuestro hackathon anual donde podrás desarrollar soluciones innovadoras a problemas reales."'),
          "type": Raw('"hackathon"'), "registrationLink": Raw('"https://forms.example.com/register-hackathon"'),
          "isUpcoming": True, "slug": Raw(f'"hackathon-{slugify(short)}-{ev.year}"')}
    body = (f"# Hackathon {short} {ev.year}\n\nEl evento anual de programación competitiva más grande de la facultad. "
            f"Forma tu equipo y resuelve desafíos de programación durante 48 horas.\n\n## Detalles\n\n"
            f"- **Fecha**: {fecha}\n- **Hora**: 09:00 AM - 09:00 AM (siguiente día)\n- **Lugar**: Campus {short}, Aula Magna\n\n"
            f"## Premios\n\n- 1er lugar: Notebooks\n- 2do lugar: Tablets\n- 3er lugar: Auriculares\n\n## Requisitos\n\n"
            f"- Estudiantes activos de {short}\n- Equipos de 3-4 personas\n\n## Registro\n\nEl registro está abierto hasta "
            f"el {reg.day} de {m[reg.month-1]}. ¡No pierdas la oportunidad de participar en este evento increíble!\n\n"
            f"## Agenda\n\n### Día 1 ({d[0].day} de {m[d[0].month-1]})\n- 09:00 - 10:00: Registro y bienvenida\n"
            f"- 10:00 - 11:00: Presentación de desafíos\n- 13:00: ¡Comienza el hackathon!\n\n### Día 2 ({d[1].day} de "
            f"{m[d[1].month-1]})\n- Desarrollo continuo\n- Mentorías disponibles durante todo el día\n\n### Día 3 "
            f"({d[2].day} de {m[d[2].month-1]})\n- 08:00 - 09:00: Finalización del desarrollo\n- 09:00 - 12:00: "
            f"Presentaciones de proyectos\n- 13:00 - 14:00: Anuncio de ganadores y clausura\n\n## Patrocinadores\n\n"
            f"- {uni}\n- Microsoft\n- Google Developer Student Clubs\n- GitHub Education\n")
    return Page(fm, body, online="in-person",
                note="faculty hackathon: front-matter 'date' is day 1 only, body '**Fecha**: 15-17 de mayo, 2024' and per-day agenda; the city appears only in the university's name under sponsors; the registration deadline is a distractor")


@template("T115", "es", ["partial"], "code search: 'IA HACKATHON' hackathonInfo ('# Details / - Location: PERÚ - LIMA / - Duration: 24 HORAS / - Date: 29-30 DE NOV / - Participants: 100 PRESENCIALES / # FAQ / ## ¿Cómo puedo inscribir mi equipo? Las inscripciones son individuales.')",
          pool="latam", days=(2, 2), extra=2)
def t115(ev):
    p = ev.p
    s, e = ev.start, ev.end
    if s.month == e.month:
        dd = f"{s.day}-{e.day} DE {MON_ABBR_ES[s.month-1]}"
    else:
        dd = f"{s.day} DE {MON_ABBR_ES[s.month-1]} - {e.day} DE {MON_ABBR_ES[e.month-1]}"
    cup = p.city_in("es").upper()
    fm = {"title": "IA HACKATHON"}
    body = (f"# Overview\n\n**IA HACKATHON** es de carácter abierto. No hay un problema específico por resolver, eres libre "
            f"de explorar los problemas e ideas que más te apasionen.\nQueremos ver productos increíbles impulsados por "
            f"equipos completamente apasionados y obsesionados.\nLas inscripciones son individuales. Los participantes que "
            f"sean aceptados formarán grupos de máximo 5 personas.\n\n# Details\n\n- Location: "
            f"{ES_COUNTRY_UP[p.country]} - {cup}  \n- Duration: 24 HORAS  \n- Date: {dd}  \n"
            f"- Participants: {ev.pick('100', '80', '150')} PRESENCIALES\n\n# FAQ\n\n## ¿Cómo puedo inscribir mi equipo?\n"
            f"Las inscripciones son individuales. Todas las personas del equipo deben aplicar para participar por separado "
            f"llenando el formulario de registro.\n\n## ¿Tiene costo?\nNo, la participación es gratuita.\n")
    return Page(fm, body, online="in-person", start=None, end=None,
                note="English labels, Spanish upper-case values: 'Location: PERÚ - LIMA', 'Date: 29-30 DE NOV' (no year anywhere -> dates null), 'PRESENCIALES' -> in person")


# ---- T116-T117: French ---------------------------------------------------------
@template("T116", "fr", ["plain"], "AFPy/python-nantes sources/articles/006-annonce-barcamp-2014-09-30.rst (':date: 2014-09-15 / :tags: python,django,nantes / :summary: Notre prochain évènement est un barcamp prévu le 30 septembre à la Cantine.'; 'nous sommes heureux de vous proposer un nouveau BarCamp, le mardi 30 septembre, 19 heure, à la Cantine numérique Nantaise' ... 'la liste de diffusion des pythonistes nantais')",
          pool="fr_adj", days=(1, 1), pub=(-18, -10), extra=2)
def t116(ev):
    p = ev.p
    fem, masc = FR_ADJ[p.city]
    d = ev.start
    jour = f"le {WD['fr'][d.weekday()]} {fr_day(d)} {MON['fr'][d.month-1]}"
    fm = {"title": "Un barcamp pour bien terminer l'été indien", "date": Raw(iso(ev.pub)),
          "tags": f"python,django,{slugify(p.city)}", "category": "évènements", "author": "Thomas D.",
          "summary": f"Notre prochain évènement est un barcamp prévu le {fr_day(d)} {MON['fr'][d.month-1]} à la Cantine."}
    body = (f"Suite au succès du `dernier meetup <http://{slugify(p.city)}.afpy.org/dernier-meetup.html>`_, et pour bien "
            f"finir ce mois ensoleillé, nous sommes heureux de vous proposer un nouveau `BarCamp "
            f"<http://fr.wikipedia.org/wiki/BarCamp>`_, {jour}, 19 heure, à la Cantine numérique {fem}.\n\n"
            f"Le concept sera de se retrouver autour de plusieurs ateliers, et de participer collectivement, chacun étant "
            f"invité à présenter ses trouvailles, à poser ses questions, etc.\n\nComme d'habitude, ceux qui le souhaitent "
            f"pourront prolonger l'évènement autour d'un verre.\n\nPour vous inscrire à l'évènement, `cliquez ici "
            f"<http://www.meetup.com/{slugify(p.city).title()}-Python-Meetup/events/207797652/>`_.\n\nPour vous tenir "
            f"informé du contenu exact de l'évènement, n'hésitez pas à vous inscrire à la `liste de diffusion "
            f"<http://lists.afpy.org/listinfo/{slugify(p.city)}>`_ des pythonistes {masc}.\n")
    return Page(fm, body, online="in-person",
                note="the city only as an adjective ('la Cantine numérique Nantaise', 'pythonistes nantais') and in tags; 'le mardi 30 septembre, 19 heure' (year from the front-matter date)")


@template("T117", "fr", ["hybrid"], "mkbdfr/website src/meetup/index.md ('## Meetup annuel 2019 / Le meetup annuel 2019 de la communauté francophone de claviers mécaniques aura lieu le 31/8 de 16h à minuit dans les locaux de la société Gandi: ``` GANDI / 63-65 boulevard Masséna / 75013 Paris ``` ... Pour ceux qui ne pourraient nous rejoindre IRL, le meetup sera diffusé en streaming (url à venir).')",
          pool="fr", days=(1, 1), weekday=5, extra=2)
def t117(ev):
    p = ev.p
    host = ev.pick("Gandi", "Numberly", "OVHcloud", "Clever Cloud")
    topic = ev.pick("claviers mécaniques", f"{ev.tech}", "rétro-informatique")
    d = ev.start
    fm = {"layout": "layouts/page.njk", "tags": ["nav"], "navtitle": "Meetup", "title": "Meetup"}
    body = (f"## Meetup annuel {d.year}\n\n## ![Meetup #{ev.edition}](/img/meetup-affiche.png)\n\nLe meetup annuel "
            f"{d.year} de la communauté francophone de {topic} aura lieu le {d.day}/{d.month} de 16h à minuit dans "
            f"[les locaux de la société {host}](https://goo.gl/maps/example):\n\n```\n  {host.upper()}\n  {p.street}\n"
            f"  {p.postcode} {p.native}\n```\n\nMerci de [t'inscrire pour cet événement sur notre page meetup]"
            f"(https://www.meetup.com/example/events/263334528).\n\nTout le monde est libre d'amener son matériel lors du "
            f"meetup.\n\nSi tu veux faire un talk, ou encore que tu as une idée pour une activité que l'on pourrait faire "
            f"durant le meetup, n'hésite pas à nous contacter !\n\nPour ceux qui ne pourraient nous rejoindre IRL, le "
            f"meetup sera diffusé en streaming (url à venir).\n\n### Sponsors\n\n- _{host}_: hébergement, pizza et "
            f"boissons\n- Toi ou ton entreprise ? Contacte-nous sur Discord ou Meetup !\n")
    return Page(fm, body, online="hybrid",
                note="'aura lieu le 31/8 de 16h à minuit' (d/m, year from the heading) + address in a code block (postcode + city); 'diffusé en streaming' for those not there IRL -> hybrid")


# ---- T118-T119: German ---------------------------------------------------------
@template("T118", "de", ["online", "distractor"], "luxeria/luxeria.github.io _posts/2020-03-17-erstes-digitales-luxeria-treffen.md ('## Wann? Das erste Treffen findet am **Mittwoch, 18. März 2020 um 19:15 Uhr** statt. ... ## Wo? Die Vorträge werden ausschliesslich mit der open-source Software Jitsi gestreamed.')",
          pool="de", days=(1, 1), weekday=2, pub=(-3, -1), ymin=2020, ymax=2021, extra=2)
def t118(ev):
    p = ev.p
    d = ev.start
    verein = ev.pick("LuXeria", "Chaostreff", "Hackerspace", "Coderdojo")
    fm = {"layout": "post", "title": f"Erstes digitales {verein} Treffen am {d.day}. {MON['de'][d.month-1]}",
          "gh-badge": ["star", "fork", "follow"], "tags": ["treffen", "verein", "public"]}
    body = (f"Wie bereits vorgestern angekündigt, werden wir unsere Treffen vorläufig rein digital abhalten. Dazu planen "
            f"wir wöchentlich 1-2 Vorträge via Videokonferenz zu streamen und anschliessend zu diskutieren. Unser "
            f"Vereinslokal in {p.city_in('de')} bleibt bis auf weiteres geschlossen.\n\n## Wann?\n\nDas erste Treffen "
            f"findet am **{WD['de'][d.weekday()]}, {d.day}. {MON['de'][d.month-1]} {d.year} um 19:15 Uhr** statt. Das "
            f"organisierte Programm wird ungefähr eine Stunde dauern, ihr dürft danach aber gerne länger im Chat bleiben "
            f"um zu diskutieren und plaudern.\n\n## Wo?\n\nDie Vorträge werden ausschliesslich mit der open-source "
            f"Software Jitsi gestreamed. Um teilzunehmen brauchst du lediglich auf folgenden Link zu klicken:\n\n"
            f" * **[meet.example.de/{verein}Treffen](https://meet.example.de/{verein}Treffen)** (Zugriff via Webbrowser)\n\n"
            f"## Was?\n\nFür das erste Treffen haben wir zwei Vorträge geplant - beide drehen sich um {ev.tech}.\n\n"
            f" - **19:15 - 19:30 Uhr** Begrüssung\n - **19:30 - 19:45 Uhr** *Eine kurze Einführung zu {ev.tech}*\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'## Wann? ... am **Mittwoch, 18. März 2020 um 19:15 Uhr**' / '## Wo? ... ausschliesslich mit ... Jitsi gestreamed' (Swiss spelling); the closed club room's city is a distractor")


@template("T119", "de", ["partial"], "rust-augsburg/meetup src/introduction.md ('# Vorstellung ... ## Wann / Nächste Termin: [Augsburg Rust Meetup #16](./Meetup_16.md) / ## Wo / Stadtbücherei Augsburg / Ernst-Reuter-Platz 1 · Augsburg, BY / 2.OG Zimmer 212')",
          pool="de_state", days=(1, 1), extra=2)
def t119(ev):
    p = ev.p
    n = ev.edition + 6
    grp = f"{p.city_in('de')} {ev.tech} Meetup"
    fm = {"title": "Vorstellung"}
    body = (f"# Vorstellung\n\n![The {ev.tech} Meetup Logo](./img/MeetupLogo.svg)\n\npresentation: "
            f"<https://{slugify(ev.tech)}-{slugify(p.city)}.github.io/meetup/>\n\nrepo: <https://github.com/"
            f"{slugify(ev.tech)}-{slugify(p.city)}/meetup>\n\nAchtung an alle {ev.tech}-Begeisterten!\n\nIhr seid herzlich "
            f"eingeladen, unserer {ev.tech}-Gruppe beizutreten, in der wir die Feinheiten und Besonderheiten dieser "
            f"Technologie entdecken. Ob erfahren oder neugieriger Anfänger – wir freuen uns auf alle.\n\n"
            f"## Wann\nNächste Termin: [{grp} #{n}](./Meetup_{n}.md)\n\n## Wo\n\n{p.venue}\n\n{p.street} · "
            f"{p.native}, {DE_STATE[p.city]}\n\n2.OG Zimmer {ev.rng.randint(101, 320)}\n\n[Google Maps]"
            f"(https://www.google.com/maps/search/?api=1&query=48.36%2C10.89)\n\n## Veranstalter\n### Tiago M.\n\n### Michael S.\n")
    return Page(fm, body, online="in-person", start=None, end=None,
                note="group intro page: '## Wann' only links to the next meetup's page (no date here -> dates null); '## Wo' gives venue and 'street · City, BY'")


# ---- T120-T121: Portuguese -----------------------------------------------------
@template("T120", "pt", ["online", "distractor"], "grupybnu/pythonbnu.github.io _posts/2020/2020-08-31-decimo-oitavo-encontro-grupy-blumenau.md ('No dia 30/09/2020 teremos mais um meetup da comunidade GruPy Blumenau! Nosso encontro será online por conta da pandemia. Live no YouTube do Hackerspace Blumenau ... Submeta sua proposta de palestra até dia 15/09/2020')",
          pool="br", days=(1, 1), pub=(-32, -25), ymin=2020, ymax=2021, extra=2)
def t120(ev):
    p = ev.p
    if ev.start < D(2020, 4, 1):  # 'online por conta da pandemia': from April 2020 on (182 days keep the weekday)
        set_dates(ev, ev.start + dt.timedelta(days=182), ev.end + dt.timedelta(days=182), -32, -25)
    n = ev.edition + 10
    cid = p.city_in("pt")
    d = ev.start
    cfp = d - dt.timedelta(days=15)
    fm = {"layout": "post", "title": Raw(f'"{n}º Encontro do GruPy {cid} online"'),
          "description": Raw(f'"{n}º Encontro da Comunidade Python de {cid}"'), "author": "grupy",
          "categories": Raw("[ encontros ]"), "image": f"/assets/images/encontros/{d.year}/{d.month:02d}/grupy-{n}-encontro.png",
          "featured": True, "hidden": True}
    body = (f"No dia {d.strftime('%d/%m/%Y')} teremos mais um meetup da comunidade GruPy {cid}! Nosso encontro será online "
            f"por conta da pandemia. Live no YouTube do Hackerspace {cid}: https://youtu.be/Py4SqoDr_PE\n\nSubmeta sua "
            f"proposta de palestra até dia {cfp.strftime('%d/%m/%Y')} pelo [speakerfight](https://speakerfight.com/events/"
            f"{n}o-encontro/) ou faça a sua inscrição pelo meetup.\n\nAgenda:\n\n- Palestra 1 (45min)\n\n- Palestra 2 "
            f"(45min)\n\n- Lightning talk 1 (5min)\n\n- Lightning talk 2 (5min)\n\nCaso você queira se inteirar mais sobre "
            f"a comunidade de Python, também sugerimos os seguintes links:\n\n<ul>\n    <li><a href=\"https://telegram.me/"
            f"GruPy\">GruPy {cid} no Telegram</a></li>\n</ul>\n\nGrande abraço!\n#forcaPython\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="'No dia 30/09/2020 teremos mais um meetup ... será online ... Live no YouTube'; the group's city (in its name) is not a venue; the talk-proposal deadline is a distractor")


@template("T121", "pt", ["null", "distractor"], "QuebraDev/quebradev.github.io source/agenda/index.md (front matter 'data: [ { name: ..., date: \"19/01/2024 - 09:00 às 21/01/2024 às 17:00\", description: ..., location: \"Privado\", old: true }, { name: \"Frontin Sampa\", date: \"29/07/2023 - 09:00 às 22:00\", location: \"Av. Paulista, 900, ... São Paulo - SP - Brasil\" } ... ]')",
          pool="br", null=True, extra=2)
def t121(ev):
    rng = ev.rng
    items = []
    d = D(ev.year, rng.randint(1, 12), rng.randint(1, 25))
    for i in range(5):
        pl = rng.choice([q for q in PLACES if q.cc == "BR"])
        nm = rng.choice(["Frontin", "Perifacon", "Encontro de Comunidades", "Palestra no SindPD", "Meetup de Dados"])
        loc = "Privado" if i == 0 else f"{pl.street}, {pl.native} - {pl.abbr}, {pl.postcode}"
        items.append({"name": Raw(f"'{nm} {d.year}'"),
                      "date": Raw(f"'{d.strftime('%d/%m/%Y')} - 09:00 às {rng.choice(['12:00', '17:00', '22:00'])}'"),
                      "description": Raw(f"'Participação do coletivo: {rng.choice(['palestra sobre acessibilidade', 'podcast ao vivo', 'oficina de Git'])}.'"),
                      "location": Raw(f"'{loc}'"), "old": True})
        d -= dt.timedelta(days=rng.randint(10, 60))
    fm = {"title": "Agenda", "date": Raw(f"{iso(ev.pub)} 22:40:49"), "type": "page", "uses": "agenda", "data": items}
    return Page(fm, "", note="agenda page whose events are a front-matter list (dd/mm/yyyy - hh:mm às hh:mm, addresses); about no single event")


# ---- T122-T123: Italian --------------------------------------------------------
@template("T122", "it", ["plain"], "claudiodangelis/claudiodangelis src/_posts/2014-11-02-programma-gdg-devfest-roma-2014.md ('> _Not from Rome? Find a GDG DevFest near you!_ / Sabato **8 Novembre** 2014 il +GDG Roma L-Ab presenterà la *DevFest* ... L'evento si terrà a Roma, **Sabato 8 Novembre dalle 9:30 alle 17:30** presso il Dipartimento di Ingegneria dell'Università degli Studi di **Roma Tre** (entrata principale in Via Della Vasca Navale 79 ...)')",
          pool="it_uni", days=(1, 1), weekday=5, pub=(-8, -4), extra=2)
def t122(ev):
    p = ev.p
    dept, street = UNI_IT[p.city]
    d = ev.start
    mese = MON["it"][d.month-1].capitalize()
    cit = p.city_in("it")
    talks = [f"An Introduction to {ev.tech}", "Android in pratica", "Cloud Platform per tutti", "Introduzione ad AngularJS"]
    fm = {"layout": "default", "title": f"GDG DevFest {cit} {d.year}", "lang": "it", "category": "events"}
    body = (f"> _Not from {p.city_in('en')}? Find a [GDG DevFest near you!](http://devfest.gdg.events)_\n\n"
            f"![DevFest](/assets/img/posts/devfest{d.year}.png)\n\nSabato **{d.day} {mese}** {d.year} il GDG {cit} "
            f"presenterà la *DevFest*, evento ad ingresso gratuito dedicato agli sviluppatori ricco di presentazioni e "
            f"workshop sulle nuove tecnologie.\n\nProgramma:\n\n" + "".join(f"- _{t}_\n" for t in talks) +
            f"\n<!--more-->\n\nL'evento si terrà a {cit}, **Sabato {d.day} {mese} dalle 9:30 alle 17:30** presso il {dept} "
            f"(entrata principale in {street}).\n\nSul sito dell'evento trovate tutti i dettagli e il modulo di "
            f"iscrizione.\n")
    return Page(fm, body, online="in-person",
                note="'Sabato **8 Novembre** 2014 il GDG CITTÀ presenterà ...' + 'L'evento si terrà a CITTÀ, **Sabato 8 Novembre dalle 9:30 alle 17:30** presso ...' (capitalised month); the English 'Not from CITY?' banner")


@template("T123", "it", ["online", "fm-only", "distractor"], "fundor333/fundor333.github.io content/event/2020-10-17-devfest-italia-2020.md (front matter 'date: 1925-10-25T00:06:29', 'start: 2020-10-17 10:00:00+02:00', 'end: 2020-10-18 17:00:00+02:00', 'location: Online', 'group: - GDG Venezia'; 'Quando: sabato 17 e domenica 18 ottobre / Dove: online (piattaforma TBD)')",
          pool="it", days=(2, 2), weekday=5, ymin=2020, ymax=2022, extra=2)
def t123(ev):
    p = ev.p
    s, e = ev.start, ev.end
    off = "+02:00" if 4 <= s.month <= 10 else "+01:00"
    fm = {"title": Raw(f"'DevFest Italia {s.year}'"), "date": Raw(f"1925-10-25T00:06:{ev.rng.randint(10, 59)}"),
          "start": Raw(f"{iso(s)} 10:00:00{off}"), "end": Raw(f"{iso(e)} 17:00:00{off}"), "location": "Online",
          "group": [f"GDG {p.city_in('it')}"], "tags": Raw("[]"),
          "event_url": f"https://www.meetup.com/gdg-{slugify(p.city_in('it'))}/events/273576878/", "how_to_find_us": None}
    ms = MON["it"][s.month-1]
    quando = (f"{WD['it'][s.weekday()]} {s.day} e {WD['it'][e.weekday()]} {e.day} {ms}" if s.month == e.month else
              f"{WD['it'][s.weekday()]} {s.day} {ms} e {WD['it'][e.weekday()]} {e.day} {MON['it'][e.month-1]}")
    body = (f"Anche quest'anno torna la DevFest, in una nuova veste nazionale, coordinata globalmente e totalmente "
            f"online.\n\nDevFest {s.year} riunirà migliaia di sviluppatori per un weekend epico in cui le comunità si "
            f"uniranno per connettersi, imparare e, soprattutto, divertirsi.\n\n🎫 Registrazione gratuita → "
            f"gdg.community.dev/e/mjmb5j/\n\n❓ INFO E FAQ\n\nQuando: {quando}\nOrario: mattina e pomeriggio (TBD)\n"
            f"Dove: online (piattaforma TBD)\nCosto: gratis\n\nAgenda\n\n---\n\nHosted By\n\nAndrea M., GDG Organizer\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="front matter start/end with offsets + 'location: Online' (the 'date: 1925-...' sort key is bogus); body 'Quando: sabato 17 e domenica 18 ottobre / Dove: online'; the GDG's city is not a venue")


# ---- T124: Polish ---------------------------------------------------------------
@template("T124", "pl", ["plain"], "techwriter-pl/techwriter-pl.github.io blog/meet-content-krk-content-day-agenda/index.md (front matter 'date: 2024-05-31'; '### Kiedy i gdzie / **Data**: 08.06.2024 <br /> **Miejsce**: Collegium Paderevianum, al. Mickiewicza 9, Kraków' ... 'Wspólnie z MeetContentWRO' ... 'Czy wydarzenie będzie nagrywane lub transmitowane na żywo? Na chwilę obecną nie. Stawiamy na spotkania na miejscu')",
          pool="pl", days=(1, 1), weekday=5, pub=(-10, -6), extra=2)
def t124(ev):
    p, o = ev.p, ev.other
    code = {"Kraków": "KRK", "Warsaw": "WAW", "Wrocław": "WRO", "Gdańsk": "GDA", "Poznań": "POZ", "Katowice": "KTW"}
    mine, theirs = code.get(p.city, p.city[:3].upper()), code.get(o.city, o.city[:3].upper())
    fm = {"title": Raw("'#ContentDay: Program wydarzenia '"), "authors": "bczyz", "date": Raw(f"'{iso(ev.pub)}'"),
          "tags": [Raw("'meetcontent'"), Raw("'spolecznosc'"), Raw("'meetup'")], "coverImage": Raw(f"'{mine.lower()}-content-day.png'")}
    body = (f"# Program wydarzenia już dostępny\n\nZapraszamy do zapoznania się z agendą #ContentDay. Znajdziecie w niej "
            f"informacje o prezentacjach, warsztatach oraz przebiegu wydarzenia.\n\n<!--truncate-->\n\n### Kiedy i gdzie\n\n"
            f"**Data**: {ev.start.strftime('%d.%m.%Y')} <br /> **Miejsce**: {p.venue}, {p.street}, {p.native}\n\n"
            f"Dokładne informacje o salach podamy przed wydarzeniem.\n\n## Poznaj MeetContent{mine}\n\nMeetContent{mine} to "
            f"odgałęzienie dobrze znanej konferencji. Wspólnie z MeetContent{theirs} dążymy do stworzenia społeczności "
            f"profesjonalistów pracujących z treściami produktowymi.\n\n### Często zadawane pytania\n\nP: Czy wydarzenie "
            f"będzie nagrywane lub transmitowane na żywo? <br /> O: Na chwilę obecną nie. Stawiamy na spotkania na "
            f"miejscu, gdzie możesz osobiście poznać inne osoby.\n")
    return Page(fm, body, online="in-person",
                note="'### Kiedy i gdzie / **Data**: 08.06.2024 **Miejsce**: VENUE, street, City'; the sister group's city code (WRO) is a distractor; FAQ 'not streamed' -> in person")


# ---- T125-T126: Swedish --------------------------------------------------------
@template("T125", "sv", ["distractor"], "Roslund/sthlm-mesh content/sv/meetups/index.md ('## Kommande Meetups / 🍻 Meshtastic AW i Stockholm! 🍻 / 📍 Plats: Midsommarköket, Svandammsparken / 📅 Datum: Tisdag 19 augusti / ⏰ Tid: 17:00 (baren öppnar 15:00) / <div id=\"rsvp-tracker-2025-08-19-aw-telefonplan\"> ... ## Tidigare meetups: * **Datum:** 2025-04-08 * **Tid:** 17:00 - 22:00 * **Plats:** The Bishops Arms, Sundbyberg')",
          pool="sv", days=(1, 1), weekday=1, extra=2)
def t125(ev):
    p = ev.p
    d = ev.start
    bar = ev.pick(*SV_BAR)
    past1 = d - dt.timedelta(days=ev.rng.randint(60, 130))
    past2 = past1 - dt.timedelta(days=ev.rng.randint(150, 220))
    past3 = past2 - dt.timedelta(days=ev.rng.randint(90, 140))
    bar2 = ev.pick(*SV_BAR)
    fm = {"title": "Meetups", "linkTitle": "Meetups", "menu": Raw("{main: {weight: 40}}")}
    card = lambda x, t, pl: (f"{{{{< card >}}}}\n* **Datum:** {iso(x)}\n* **Tid:** {t}\n* **Plats:** {pl}\n{{{{< /card >}}}}\n")
    body = (f"{{{{% blocks/cover title=\"\" image_anchor=\"top\" height=\"min\" %}}}}\n{{{{% /blocks/cover %}}}}\n\n"
            f"{{{{% blocks/section  %}}}}\n## Kommande Meetups\n\n<div class=\"container mt-5\">\n<div class=\"card shadow-lg\">\n"
            f"<div class=\"card-body\">\n<h1 class=\"text-center text-primary\">🍻 {ev.tech} AW i {p.native}! 🍻</h1>\n"
            f"<p class=\"lead text-center\">Träffa likasinnade, snacka {ev.tech} och bygg ut nätverket i {p.native}!</p>\n\n"
            f"<div class=\"text-center my-4\">\n<strong>📍 Plats:</strong> <span>{bar}, {p.street}</span><br>\n"
            f"<strong>📅 Datum:</strong> <span>{WD['sv'][d.weekday()].capitalize()} {d.day} {MON['sv'][d.month-1]}</span><br>\n"
            f"<strong>⏰ Tid:</strong> <span>17:00 (baren öppnar 15:00)</span>\n</div>\n\n"
            f"<div id=\"rsvp-tracker-{iso(d)}-aw-{slugify(bar)}\" class=\"mt-4\"></div>\n\n<p class=\"text-center\">Om du "
            f"inte kan komma exakt 17:00 är det helt okej att dyka upp senare. Skriv gärna ett meddelande på Discord om du "
            f"kommer!</p>\n</div>\n</div>\n</div>\n\n{{{{% /blocks/section %}}}}\n\n{{{{% blocks/section color=\"info\" %}}}}\n"
            f"## Tidigare meetups:\n{{{{< cardpane >}}}}\n" + card(past1, "17:00 - 22:00", f"{bar2}, {p.native}") +
            card(past2, "17:00 - 21:00", f"{bar}, {p.native}") + card(past3, "17:00", f"Takpark by Urban Deli, {p.street}") +
            "{{< /cardpane >}}\n\n{{% /blocks/section %}}\n")
    return Page(fm, body, online="in-person",
                note="upcoming meetup card 'Datum: Tisdag 19 augusti' without year (the year is in the RSVP tracker id 'rsvp-tracker-YYYY-MM-DD-...' and follows from the weekday); the past meetups' ISO dates are distractors")


@template("T126", "sv", ["partial", "distractor"], "t12t/t12t.github.io src/sv/meetup.md ('Vi anordnar fyra meetups per år ... <h2>Nästa meetup</h2> Vårt nästa meetup är i Stockholm, 26:e november.' ; earlier version 'Vårt senaste meetup var 23:e september, samma dag som webbtillgänglighetsdirektivet trädde i kraft. På vår Youtube finns live-video')",
          pool="sv", days=(1, 1), extra=2)
def t126(ev):
    p = ev.p
    d = ev.start
    last = d - dt.timedelta(days=ev.rng.randint(50, 90))
    grp = ev.pick("t12t", "a11y-sthlm", "webbtill")
    fm = {"layout": "default", "title": "Meetup",
          "description": "Vi anordnar fyra meetups per år på temat digital tillgänglighet. Våra meetups är både på svenska och engelska.",
          "lang": "sv", "translationKey": "meetup", "permalink": "/meetup/"}
    body = (f"<h1 lang=\"en\">Meetup</h1>\n\n{grp} startade som en <span lang=\"en\">meetup</span>-grupp {ev.year - ev.rng.randint(4, 9)}. "
            f"Då handlade det enbart om meetups men nu har det växt till något som liknar ett nätverk. Våra meetups är "
            f"alltid gratis!\n\nDu hittar oss på <a href=\"https://www.meetup.com/{grp}-{slugify(p.city)}\" hreflang=\"en\">"
            f"meetup.com som {grp} - {p.native}</a>.\n\n<h2>Nästa <span lang=\"en\">meetup</span></h2>\n\nVårt nästa meetup "
            f"är i {p.native}, {sv_ord(d.day)} {MON['sv'][d.month-1]}.\nVill du delta så anmäl dig via vår meetup-grupp. "
            f"Där hittar du också mer information.\n\n<h2>Vårt senaste meetup</h2>\n\nVårt senaste meetup var "
            f"{sv_ord(last.day)} {MON['sv'][last.month-1]}. <a href=\"https://www.youtube.com/watch?v=N1A0uPjdZxs\">På vår "
            f"Youtube finns live-video</a>.\n\n## Säkerhet och inkludering\n\nVi har en uppförandekod som vi förväntar oss "
            f"att alla följer på våra träffar.\n")
    return Page(fm, body, online="in-person", start=None, end=None,
                note="'Vårt nästa meetup är i CITY, 26:e november.' (no year anywhere -> dates null); the last meetup's day and its live video are distractors")


# ---- T127-T128: Czech ----------------------------------------------------------
@template("T127", "cs", ["distractor"], "europen-cz/57 content/_index.md ('description: 57. konference EurOpen.cz 25.-28. května 2025 Brandýs nad Labem'; '**Rezervujte si v kalendáři:** Jarní konference EurOpen.CZ 2025 proběhle od **pondělí 26. května do středy 28. května** v Brandýse nad Labem' ... 'EurOpen.CZ, Univerzitní 8, 306 14 Plzeň' ... 'Včasná platba je do 12.5.2025 včetně.')",
          pool="cs", days=(3, 3), weekday=0, extra=2, name="{Tech} Konference", name_city=False)
def t127(ev):
    p, o = ev.p, ev.other
    s, e = ev.start, ev.end
    mg = MON["cs_gen"]
    n = ev.edition + 40
    sez = {12: "Zimní", 1: "Zimní", 2: "Zimní", 3: "Jarní", 4: "Jarní", 5: "Jarní", 6: "Jarní", 7: "Letní", 8: "Letní"}.get(s.month, "Podzimní")
    org = f"{ev.tech}.cz"
    hero = (f"{s.day}.-{e.day}. {mg[e.month-1]} {e.year}" if s.month == e.month else
            f"{s.day}. {mg[s.month-1]} - {e.day}. {mg[e.month-1]} {e.year}")
    early = ev.before(10, 16)
    fm = {"title": f"{sez} konference {org} {ev.year}", "type": "home",
          "description": f"{n}. konference {org} {hero} {p.native}"}
    body = (f"{{{{< blocks/cover title=\"{sez} konference {org} {ev.year}\" image_anchor=\"top\" height=\"auto\" >}}}}\n"
            f"<a class=\"btn btn-lg btn-primary me-3 mb-4\" href=\"#td-block-1\">\nZúčastnit se\n</a>\n"
            f"<p class=\"lead mt-3 mb-3 fw-bold\">\n{hero} {p.native} <a href=\"https://example.cz/\">{p.venue}</a>\n</p>\n"
            f"{{{{< /blocks/cover >}}}}\n\n{{{{% blocks/section %}}}}\nJak se přihlásit na konferenci\n{{.h1}}\nAktuálně "
            f"probíhá příprava programu konference. Plánovaný formát konference:\n- **{WD['cs'][s.weekday()].capitalize()}** "
            f"*přednáškové bloky od 9 do 17h*, poté večeře a večerní přednáška. Je možno přijet v neděli večer.\n"
            f"- **{WD['cs'][(s.weekday() + 1) % 7].capitalize()}** *přednáškový blok od 9 do 13h*, poté práce v sekcích.\n"
            f"- **{WD['cs'][e.weekday()].capitalize()}** dopoledne *exkurze* nebo *tutorial*.\n\n**Rezervujte si v "
            f"kalendáři:** {sez} konference {org} {ev.year} proběhne od **{WD['cs_gen'][s.weekday()]} {s.day}. "
            f"{mg[s.month-1]} do {WD['cs_gen'][e.weekday()]} {e.day}. {mg[e.month-1]}** {CS_LOC[p.city]}.\n\n"
            f"{{{{% /blocks/section %}}}}\n\n**Jaký je kontakt na organizátory konference?**\n\nHlavní kontakt je: "
            f"{org}, {o.street}, {o.postcode} {o.native}, email info@example.cz.\n\n**Jaká je cena konference?**\n\n"
            f"Vložné na konferenci: včasné členové 2200 Kč a nečlenové 2400 Kč. Včasná platba je do "
            f"{early.day}.{early.month}.{early.year} včetně.\n")
    return Page(fm, body, online="in-person",
                note="Czech: hero '26.-28. května 2025 Brno VENUE' + 'proběhne od pondělí 26. května do středy 28. května v Brně' (genitive months/weekdays, locative city); the organiser's address in another city and the early-payment date are distractors")


@template("T128", "cs", ["partial", "month-cross"], "hackercampcz/core communication/hacker-invitation.md ('Subject: Pozvánka na Hacker Camp 2023 / ... Místo i čas zůstává stejné. **Těšíme se na vás zase na Sobeňáku** na přelomu srpna a září. Konkrétně tedy: **31. srpna – 3. září 2023**. ... do konce dubna držíme místa primárně táborníkům')",
          pool="cs", days=(4, 4), cross=True, pub=(-150, -110), extra=2, name="{Tech} Camp", name_city=False)
def t128(ev):
    s, e = ev.start, ev.end
    mg = MON["cs_gen"]
    site = ev.pick("na Sobeňáku", "na Zelené louce", "v kempu Pod Lesem", "na chatě Jiřička")
    fm = {"Subject": f"Pozvánka na {ev.name}", "LayoutTemplate": "hc-basic"}
    hello = "Zdravíme vás v novém roce!" if ev.pub.month <= 2 else "Zdravíme vás!"
    body = (f"Ahoj, táborníci!\n\n{hello} Je čas si do kalendářů zapsat datum dalšího "
            f"[{ev.series}u](https://www.example.cz/). Místo i čas zůstává stejné.\n**Těšíme se na vás zase {site}** na "
            f"přelomu {mg[s.month-1]} a {mg[e.month-1]}.\nKonkrétně tedy: **{s.day}. {mg[s.month-1]} – {e.day}. "
            f"{mg[e.month-1]} {e.year}**.\n\nKapacita campu není nekonečná, znáte to dobře. Děláme akci maximálně pro 300 "
            f"lidí. Takže si svoje místo nezapomeňte zajistit včas. Přihlásíte se na webu, procesem, který už znáte.\n\n"
            f"Jen upozorňujeme na dvě věci: **Jsi zodpovědný za toho, koho na camp zveš**. A druhé upozornění se týká "
            f"toho, že **do konce {mg[(ev.pub.month + 1) % 12]} držíme místa primárně táborníkům, co už s námi na nějakém "
            f"campu byli**.\n")
    return Page(fm, body, online="in-person", city=None, region=None, country=None,
                note="e-mail invitation: '**31. srpna – 3. září 2023**' (crosses a month) at a camp site named without town ('na Sobeňáku') -> place null; the registration-priority month is a distractor")


# ---- T129-T130: Japanese -------------------------------------------------------
@template("T129", "ja", ["hybrid"], "onicjapan/onicjapan.github.io _posts/2024-07-17-onic-2024-participants.markdown ('今年も Open NetworkIng Conference Japan 2024 はハイブリッド（会場とオンライン配信）での開催となります。 ... | 会 期 | BoF ：2024年10月10日（木）17:00〜20:30（予定） | | 本講演：2024年10月11日（金）10:20〜19:30（予定） | 会 場 | 軽井沢　大賀ホール　（本会議はハイブリット開催） |'); _posts/2025-10-09-enrollment-open.markdown ('| 会期 | 2025 年 11 月 6 日 〜 7 日 |', '| | 〒389-0104　長野県北佐久郡軽井沢町軽井沢東28-4 |')",
          pool="ja", days=(2, 2), pub=(-85, -28), extra=2, name="Open {Tech} Conference Japan", name_city=False)
def t129(ev):
    p = ev.p
    venue, addr = VENUE_L[(p.city, "ja")]
    d1, d2 = ev.start, ev.end
    wj = WD["ja"]
    fm = {"layout": "post", "title": f"{ev.name} <br> BoF・本会議 参加登録のご案内", "description": "BoF・本会議 参加登録のご案内",
          "date": Raw(f"{iso(ev.pub)} 19:10:00 +0900"), "hero_image": "/img/hero.jpg", "hero_height": "is-middle",
          "hero_darken": True}
    if ev.rng.random() < 0.5:
        table = (f"| 名 称 | {ev.name}            |\n"
                 f"| 会 期 | BoF ：{d1.year}年{d1.month}月{d1.day}日（{wj[d1.weekday()]}）17:00〜20:30（予定）   |\n"
                 f"|       | 本講演：{d2.year}年{d2.month}月{d2.day}日（{wj[d2.weekday()]}）10:20〜19:30（予定） |\n"
                 f"| 主 催 | {ev.series} 実行委員会      |\n| 会 場 | {venue}　（本会議はハイブリット開催） | \n"
                 f"|       | BoF ：{venue} ホワイエ (ロビースペース) | \n| 構 成 | 基調講演、講演、スポンサー講演、CFP              |\n")
    else:
        rng_txt = (f"{d1.year} 年 {d1.month} 月 {d1.day} 日 〜 {d2.day} 日" if d1.month == d2.month else
                   f"{d1.year} 年 {d1.month} 月 {d1.day} 日 〜 {d2.month} 月 {d2.day} 日")
        table = (f"| 名称       | {ev.name} |\n| 会期       | {rng_txt} |\n| 主催       | {ev.series} 実行委員会 |\n"
                 f"| 会場       | {venue} |\n|            | {addr} |\n| 構成       | 講演、スポンサー講演、BoF、演奏 |\n"
                 f"|            | ハイブリット開催 |\n| アクセス   | [詳細はこちらをご確認ください](/access/) | \n")
    body = (f"今年も {ev.name} はハイブリッド（会場とオンライン配信）での開催となります。\n\nどちらの参加でも下記フォームより参加登録を"
            f"お願い致します。\n\n### 登録フォームはこちら<br>「[{ev.name} BoF・本会議 参加登録](https://forms.gle/example)」\n\n"
            + table + "\nまた、CFPではプレゼンテーションの募集も行っています。是非この機会をご活用ください。\n")
    return Page(fm, body, online="hybrid",
                note="registration post with a label table ('会 期 | BoF ：YYYY年M月D日（曜）... / 本講演：...' or '会期 | YYYY 年 M 月 D 日 〜 D 日'); 'ハイブリッド（会場とオンライン配信）' -> hybrid; BoF evening + main day = the range")


@template("T130", "ja", ["null"], "OthloTech/OthloTech content/blogs/mokumoku.md ('もくもく会を定期開催します！ ... 毎月第1, 3水曜日に定期開催するので ... ## 開催日時 毎月第1, 3水曜日の18:00 ~ 20:00に開催します。 ## 開催場所 ベースキャンプ名古屋で開催します。 住所：愛知県名古屋市中村区名駅3丁目18-5')",
          pool="ja", null=True, extra=2)
def t130(ev):
    p = ev.p
    venue, addr = VENUE_L[(p.city, "ja")]
    grp = ev.pick("OthloTech", "TechBase", "学生エンジニア会")
    fm = {"slug": "mokumoku", "categories": ["ニュース"], "date": Raw(f'"{iso(ev.pub)}"'), "title": "もくもく会を定期開催します！",
          "tags": ["もくもく会"], "banner": "/images/banners/blogs/mokumoku.jpg"}
    body = (f"こんにちは！ {grp}運営代表のヒデです！\n\n{grp}運営はもくもく会を定期的に開催することにしました。\n\n"
            f"毎月第1, 3水曜日に定期開催するので、気軽に気になった方は来てください＼(^o^)／\n\n毎回のもくもく会はFacebookのイベントで公開します。\n\n"
            f"## 開催目的\nテック系に興味のある学生同士の情報の共有や繋がりを広げるための場として、もくもく会を定期開催することにしました！\n\n"
            f"- プログラミングなどで分からないところを質問しても良し\n- {grp}について聞くも良し\n\n## 開催日時\n毎月第1, 3水曜日の"
            f"18:00 ~ 20:00に開催します。\n\n## 開催場所\n{venue}で開催します。\n\n住所：{addr}\n")
    return Page(fm, body, note="announcement of a recurring study session ('毎月第1, 3水曜日'); place given but no datable event -> all null (as T73)")


# ---- T131-T132: Chinese --------------------------------------------------------
@template("T131", "zh", ["hybrid"], "tuna/tuna.moe _posts/events/2025-03-29-rust-china-tour-salon.md (front matter 'date: 2025-03-29', 'time: 19:00-21:30', 'place: 等同 Timeless 咖啡 + 线上'; 'TUNA 将于 3 月 29 日（第六周周六）晚上与 Rust China Tour 合办一次沙龙活动，活动地点在清华校园附近 ... - 活动地点: **等同 Timeless 咖啡**（中关村东路16号院...）地下一层 - 活动时间：**2025 年 3 月 29 日**（校历第六周周六） **19:00 - 21:00** - 线上参与渠道： - 腾讯会议 ... - YouTube 直播')",
          pool="zh_cn", days=(1, 1), weekday=5, pub=(-10, -2), extra=2, name="{Tech} China Tour", name_city=False)
def t131(ev):
    p = ev.p
    venue, addr = VENUE_L[(p.city, "zh")]
    d = ev.start
    uni = UNI_ZH.get(p.city, "大学")
    wk = ev.rng.randint(3, 14)
    club = ev.pick("TUNA", "LUG", "开源社团")
    fm = {"layout": "event", "title": Raw(f'"{ev.series} x {club} Meetup - 补充通知"'), "date": Raw(iso(d)),
          "time": Raw("19:00-21:30"), "place": f"{venue} + 线上", "author": "Meow-meow L.", "categories": ["event"],
          "tags": ["tunight", "salon"]}
    body = (f"{club} 将于 {d.month} 月 {d.day} 日（第{'一二三四五六七八九十'[wk % 10]}周周六）晚上与 {ev.series} 合办一次沙龙活动，活动地点在{uni}校园附近。"
            f"本次沙龙的主题为{ev.tech}，我们邀请到了讲者分享在产界学界的前沿发展。\n\n> 请有计划线下参与的小伙伴们填写此问卷，以便我们估计活动人数：\n>\n"
            f"> [https://forms.gle/example](https://forms.gle/example)\n\n- 活动地点: **{venue}**（{addr}）地下一层\n"
            f"- 活动时间：**{d.year} 年 {d.month} 月 {d.day} 日**（校历第{'一二三四五六七八九十'[wk % 10]}周周六） **19:00 - 21:00**\n"
            f"- 线上参与渠道：\n  - 腾讯会议：[786-135-647](https://meeting.tencent.com/dm/example)，密码 `{d.strftime('%y%m%d')}`\n"
            f"  - YouTube 直播: [https://youtube.com/live/example](https://youtube.com/live/example)\n\n"
            f"由于活动地点在校外，所以本次校外同学参加无须入校预约，直接填写本问卷即可。\n\n## 日程\n\n> **{ev.tech} 的演化** by @Paul\\_Zhu\n")
    return Page(fm, body, online="hybrid",
                note="front matter 'place: VENUE + 线上' and body '活动时间：**YYYY 年 M 月 D 日**' + Tencent Meeting / YouTube live -> hybrid (front-matter time 19:00-21:30 vs body 19:00-21:00 as in the source)")


@template("T132", "zh", ["fm-only", "distractor"], "cloudnativeto/cloudnative.to content/event/cloud-native-meetup-chengdu-12/index.md (front matter 'location: 四川成都', 'address: {street: 武侯区天府大道中段..., city: 成都, region: 四川, postcode: '', country: 中国}', 'date: 2023-08-19T13:00:00+08:00', 'date_end: 2022-08-19T18:00:00+08:00', 'publishDate: 2023-08-19T12:00:00+08:00'; body '**嘉宾及讲师介绍**')",
          pool="zh_cn", days=(1, 1), weekday=5, extra=2)
def t132(ev):
    p = ev.p
    venue, addr = VENUE_L[(p.city, "zh")]
    cz = p.city_in("zh")
    prov = ZH_PROV[p.city]
    d = ev.start
    n = ev.edition + 3
    endyear = d.year - 1 if ev.rng.random() < 0.5 else d.year
    title = f"云原生社区 meetup 第 {n} 期{cz}站"
    fm = {"title": Raw(f'"{title}"'), "event": Raw(f'"{title}"'), "event_url": Raw('"https://www.huodongxing.com/event/9714353391100"'),
          "location": f"{prov}{cz}" if prov != cz else cz,
          "address": {"street": f"{addr_cn_street(addr)} {venue}", "city": cz, "region": prov, "postcode": Raw("''"),
                      "country": "中国"},
          "summary": Raw(f"'本次活动关注云原生与 {ev.tech}。'"), "abstract": Raw("''"),
          "date": Raw(f"{iso(d)}T13:00:00+08:00"), "date_end": Raw(f"{endyear}-{d.month:02d}-{d.day:02d}T18:00:00+08:00"),
          "all_day": False, "publishDate": Raw(f"{iso(d)}T12:00:00+08:00"),
          "authors": ["张晓辉", "王青", "叶天星"], "tags": ["Dapr", "Envoy", "容器"], "featured": False,
          "image": {"caption": Raw("'图片来源：[云原生社区](https://cloudnative.to)'"), "focal_point": "Right"},
          "url_code": Raw("''"), "url_pdf": Raw("''"), "slides": Raw("''"), "projects": Raw("[]")}
    body = ("**嘉宾及讲师介绍**\n\n张晓辉：\n\nCNCF ambassador，云原生社区管委会成员\n\n王青：\n\n十五年敏捷研发管理与软件工程实践经验\n\n"
            f"叶天星：\n\n一个 {ev.tech} 初学者和开源爱好者\n")
    return Page(fm, body, online="in-person",
                note="Hugo event front matter: nested address {street, city, region, country}, date/date_end with +08:00 (in half the pages date_end carries the previous year, a typo in the source; the meetup is one afternoon); publishDate is not the event")


# ---- T133-T135: Korean ---------------------------------------------------------
@template("T133", "ko", ["distractor"], "dddseoul/dddseoul.github.io src/DDDSeoul/input/index.md ('Title: Microsoft 기술 중심 개발자 컨퍼런스 / IsPost: false / IsPage: true'; 'DDD는 영국의 레딩에서 2005년부터 시작해서 전세계로 뻗어나갔으며 ... # 행사일정 / 일시: 2024년 12월 7일(토)-8일(일) 양일간 / 장소: 한국 마이크로소프트 13층 | 서울특별시 종로구 종로1길 50 더케이트윈타워 / 세션 – 12월 7일, 토요일')",
          pool="ko", days=(2, 2), weekday=5, extra=2, name="DDD {city}")
def t133(ev):
    p = ev.p
    kc, kfull, venue, addr = KO_INFO[p.city]
    d1, d2 = ev.start, ev.end
    wk = WD["ko"]
    d2s = f"{d2.day}일({wk[d2.weekday()]})" if d1.month == d2.month else f"{d2.month}월 {d2.day}일({wk[d2.weekday()]})"
    series = f"DDD {p.city}"
    fm = {"Title": f"{ev.tech} 기술 중심 개발자 컨퍼런스", "IsPost": False, "IsPage": True}
    body = (f"<a name=\"about\"></a>\nDDD (Developer! Developer! Developer!) 는 {ev.tech} 기술을 중심으로 하는 커뮤니티 주도 개발자 "
            f"컨퍼런스입니다. DDD는 영국의 레딩에서 2005년부터 시작해서 전세계로 뻗어나갔으며, {series}은 {kc}의 첫번째 DDD "
            f"컨퍼런스입니다.\n\n{series} 컨퍼런스는 커뮤니티의 참여와 기여를 통해 성장합니다.\n\n<div class=\"container mb-4\">\n"
            f"    <a class=\"btn btn-primary fs-3 fw-normal\" href=\"https://event-us.kr/95037\" target=\"_blank\">세션 티켓 구매하기</a>\n"
            f"</div>\n\n---\n\n<a name=\"agenda\"></a>\n# 행사일정\n\n<div class=\"container\">\n        <div class=\"col-sm-12 col-md-8 fw-bold\">\n"
            f"            일시: {d1.year}년 {d1.month}월 {d1.day}일({wk[d1.weekday()]})-{d2s} 양일간\n        </div>\n"
            f"        <div class=\"col-sm-12 col-md-8 fw-bold\">\n            장소: {venue} | {addr}\n        </div>\n</div>\n\n"
            f"<h2 id=\"sessions\" class=\"speakers\">세션 &ndash; {d1.month}월 {d1.day}일, {WD_KO_FULL[d1.weekday()]}</h2>\n\n"
            f"> 세부 일정은 추후 안내합니다.\n")
    return Page(fm, body, online="in-person",
                note="'일시: YYYY년 M월 D일(토)-D일(일) 양일간 / 장소: VENUE | 서울특별시 ... 주소' ; the series' origin (Reading, UK, since 2005) is a distractor")


WD_KO_FULL = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]


@template("T134", "ko", ["hybrid", "distractor"], "new-crystal/iscp2023 main/common/ko.php ('저는 대한비만학회 회장으로서 2021년 9월 2-4일에 대한민국 서울 Conrad hotel에서 개최되는 ICOMES 2021로 여러분을 정중히 초대함을 기쁘게 생각합니다. ... ICOMES는 2015년 출범 후 매년 ... 온+오프라인을 합친 Hybrid meeting으로 진행될 예정입니다.')",
          pool="ko", days=(3, 3), pub=(-120, -60), extra=2)
def t134(ev):
    p = ev.p
    kc, kfull, _, _ = KO_INFO[p.city]
    hotel = KO_HOTEL[p.city]
    s, e = ev.start, ev.end
    rng_txt = f"{s.year}년 {s.month}월 {s.day}-{e.day}일" if s.month == e.month else f"{s.year}년 {s.month}월 {s.day}일-{e.month}월 {e.day}일"
    acr = "IC" + "".join(w[0] for w in ev.tech.split()).upper() + "S"
    y0 = ev.year - ev.rng.randint(5, 9)
    fm = {"title": "인사말", "lang": "ko"}
    body = (f"## 인사말\n\n**안녕하세요.**\n\n저는 한국 {ev.tech} 학회 회장으로서 {rng_txt}에 대한민국 {kc} {hotel}에서 개최되는 "
            f"{acr} {ev.year}로 여러분을 정중히 초대함을 기쁘게 생각합니다.\n\n{acr}는 {y0}년 출범 후 매년 세계 대표적인 연자와 약 "
            f"1,000명 이상의 참가자가 함께하는 학회로 성장해왔습니다.\n\n이번 {acr} {ev.year}의 주제는 ‘Cutting-edge Science in "
            f"{ev.tech}’입니다.\n\n이번 {acr}는 감염병에 대비하여 방역에 만전을 기하면서도 학술대회로서의 기능을 극대화하기 위해 "
            f"온+오프라인을 합친 Hybrid meeting으로 진행될 예정입니다.\n")
    return Page(fm, body, online="hybrid",
                note="president's welcome: 'YYYY년 M월 D-D일에 대한민국 서울 HOTEL에서 개최되는 ACRONYM YYYY' + '온+오프라인을 합친 Hybrid meeting'; the founding year is a distractor")


@template("T135", "ko", ["online", "distractor"], "pycon-my/pycon-my.github.io src/content/archived/pycon-my-pycon-kr-virtual-meetup.md ('Date: 17 January 2023 / Time: 8 PM (MYT)/ 9 PM (KST) / Venue: Zoom (Zoom links to be provided later here)' ... '날짜: 2023년 1월 17일 (화) / 시간: 오후 8시(MYT)/오후 9시(KST) / 장소: Zoom (Zoom 링크는 추후 제공 예정)')",
          days=(1, 1), pub=(-5, -2), extra=2)
def t135(ev):
    pairs = [("MY", "말레이시아", "MYT", 8), ("JP", "일본", "JST", 9), ("TW", "대만", "CST", 8), ("ID", "인도네시아", "WIB", 7)]
    cc, kname, tz, off = ev.pick(*pairs)
    h = ev.pick(7, 8)
    hk = h + (9 - off)
    d = ev.start
    fm = {"title": Raw(f'"PyCon {cc} + PyCon KR Virtual Meetup"'), "date": Raw(f'"{iso(ev.pub)}"')}
    body = (f"This is (probably) the first cross region virtual meetup that we have between PyCon {cc} and PyCon KR. The "
            f"virtual meetup serves as a platform for the networking between both communities.\n\nThe detail of the virtual "
            f"is as follow:\n\nDate: {d.day} {mname(d)} {d.year}  \nTime: {h} PM ({tz})/ {hk} PM (KST)  \n"
            f"Venue: Zoom (Zoom links to be provided later here)  \nSpeaker: Swee Meng N.  \nTalk Title: Datumaro - Data "
            f"Annotation  \n\nProgram structure:  \n1\\. 30 minutes speaker sharing  \n2\\. Short Kahoot games  \n3\\. "
            f"Networking session  \n\nPyCon {kname}와 PyCon 한국 간의 첫 번째 연합 온라인 밋업에 오신 것을 환영합니다. 이 밋업은 두 "
            f"커뮤니티의 파이썬 사용자의 네트워킹을 위한 플랫폼 역할을 합니다. 온라인 밋업은 영어로 진행되며, 자세한 내용은 다음과 같습니다.\n\n"
            f"날짜: {d.year}년 {d.month}월 {d.day}일 ({WD['ko'][d.weekday()]})  \n시간: 오후 {h}시({tz})/오후 {hk}시(KST)  \n"
            f"장소: Zoom (Zoom 링크는 추후 제공 예정)\n")
    return Page(fm, body, online="online", city=None, region=None, country=None,
                note="bilingual page: 'Date: 17 January 2023 / Venue: Zoom' and '날짜: 2023년 1월 17일 (화) / 장소: Zoom'; the partner community's country is a distractor")


# ---- T136-T137: Russian --------------------------------------------------------
@template("T136", "ru", ["fm-only"], "krddevdays/portal src/data/events/2019-02-19-krasnodar-python-meetup-1.md (front matter 'name: 'Krasnodar Python: Meetup #1'', 'start_date: '2019-02-19T12:00:00+03:00'', 'finish_date: ...', 'venue: {name: Коворкинг «CO-Place», address: Краснодар, ул. Красноармейская, 55/1, 11 этаж, latitude, longitude, zones: [{name: Лекторий}]}', 'activities: [{type: TALK, thing: {title, speaker}, zone, start_date, finish_date}]')",
          pool="ru", days=(1, 1), extra=2)
def t136(ev):
    p = ev.p
    tz = RU_TZ[p.city]
    d = ev.start
    n = ev.edition - 2
    zone = ev.pick("Лекторий", "Большой зал", "Конференц-зал")
    h0 = ev.pick(11, 12, 18)
    st = lambda h, mi: Raw(f"'{iso(d)}T{h:02d}:{mi:02d}:00{tz}'")
    fm = {"legacy_id": ev.rng.randint(8, 40), "name": Raw(f"'{p.city} {ev.tech}: Meetup #{n}'"),
          "short_description": Raw(f">-\n    Для {ev.tech} разработчиков самого широкого направления: от веб фреймворков и\n    тестирования до ML и AI"),
          "image": "https://storage.example.net/content/background/meetup.jpg",
          "start_date": st(h0, 0), "finish_date": st(h0 + 3, 0),
          "venue": {"name": p.venue, "address": f"{p.native}, {p.street}", "latitude": round(RU_GEO[p.city][0] + ev.rng.random() * 0.01, 6),
                    "longitude": round(RU_GEO[p.city][1] + ev.rng.random() * 0.01, 6), "zones": [{"name": zone}]},
          "activities": [
              {"type": "TALK", "thing": {"title": f"Опциональная статическая типизация в {ev.tech}",
                                         "speaker": {"first_name": "Дмитрий", "last_name": "Ж.", "work": "Finery Technology GmbH"}},
               "zone": zone, "start_date": st(h0 + 1, 20), "finish_date": st(h0 + 2, 0)},
              {"type": "COFFEE", "zone": zone, "start_date": st(h0 + 2, 0), "finish_date": st(h0 + 2, 20)}]}
    return Page(fm, "", online="in-person",
                note="front matter only (event data file): start_date/finish_date with +03:00-style offsets, nested venue {name, address 'Город, ул. ...', zones}; per-talk times inside activities; the speaker's company (GmbH) is not a place")


@template("T137", "ru", ["distractor"], "tmntensor/tmntensor.github.io index.md ('title: 27 сентября 2018' ... 'Когда / ----- / Итак, 27 сентября в 19:00 состоится четвертая встреча программистов в рамках TTF – 2018. ... Дата: 27/09/2018, четверг. / Время: с 19.00 до 22.00. ... Где / --- / Встреча пройдет по адресу: г. Тюмень, ул. Республики, 159, Отель Восток, конференц-зал Юпитер.' ... '[place]: http://rybinsk.vikonda.ru/')",
          pool="ru", days=(1, 1), weekday=3, pub=(-20, -7), extra=2)
def t137(ev):
    p, o = ev.p, ev.other
    d = ev.start
    mg = MON["ru_gen"][d.month-1]
    nth = RU_ORD_F[ev.edition % 10 + 3]
    ttf = ev.pick("TTF", "DevDay", "ITnight")
    fm = {"layout": "page", "title": f"{d.day} {mg} {d.year}", "excerpt": None, "comments": True}
    body = (f"Мы расскажем, как уместили в одном решении 20 различных приложений, и как добились высокого «переиспользования» "
            f"кода. Научим, как расставить приоритеты и выполнить все задачи в срок!\n\nВедущие {ev.tech} разработчики "
            f"поделятся уникальным опытом на {ttf} {d.year % 100}!\n\n[**Регистрируйся**][register] и приходи – мы ждем тебя!\n\n"
            f"Доклады\n-------\n\n- «{ev.tech} без боли»\n- «20 приложений в одном решении»\n\nКогда\n-----\n\nИтак, {d.day} {mg} в 19:00 "
            f"состоится {nth} встреча программистов в рамках {ttf} – {d.year}. На все доклады отведено 3 часа. Между "
            f"выступлениями запланирован 10-минутный кофе-брейк. Для первых 30-ти зарегистрировавшихся after-party за счет компании!))\n\n"
            f"Дата: {d.strftime('%d/%m/%Y')}, {WD['ru'][d.weekday()]}.\n\nВремя: с 19.00 до 22.00.\n\n__Вход – free.__\n\n\nГде\n---\n\n"
            f"Встреча пройдет по адресу: г. {p.native}, {p.street}, {p.venue}.\n\nМаршрут от остановки общественного транспорта "
            f"указан на карте.\n\n[register]: /register/\n[place]: http://{slugify(o.city)}.example.ru/\n")
    return Page(fm, body, online="in-person",
                note="setext headings 'Когда' / 'Где': 'Итак, 27 сентября в 19:00 состоится ...' + 'Дата: 27/09/2018, четверг.' + 'по адресу: г. Город, ул. ...'; a leftover link to another city's venue site is a distractor")


# ---- T138-T140: Turkish --------------------------------------------------------
@template("T138", "tr", ["distractor"], "gdgistanbul/iwd18 data/posts/2017-02-06-IWD-Istanbul-2018-hazirliklari-basladi.md ('## **IWD Istanbul 2018 konferansı 31 Mart'da Kadir Has Üniversitesi Cibali Kampüsü'nde gerçekleşiyor ⭐️** ... Bu sene plandığımız etkinlikte 31 Mart Cumartesi günü Kadir Has Üniversitesi'nde 3 paralel oturumda ... 2017 yılında ise %70'i kadın 400 katılımcı ... 2014 yılında ...')",
          pool="tr", days=(1, 1), weekday=5, pub=(-60, -40), extra=2)
def t138(ev):
    p = ev.p
    d = ev.start
    venue, venue_loc, short_loc = TR_VENUE[p.city]
    cname = p.native
    series = f"IWD {cname}"
    stats = []
    for k, y in enumerate(range(d.year - 1, d.year - 5, -1)):
        stats.append(f"{y} yılında {ev.rng.randint(150, 750)} katılımcı ve {ev.rng.randint(18, 60)} kadın konuşmacıyı")
    fm = {"title": f"{series} {d.year} hazırlıkları başladı"}
    body = (f"## **{series} {d.year} konferansı {d.day} {TR_MON_LOC[d.month-1]} {venue_loc} gerçekleşiyor ⭐️**\n\n"
            f"**Women Techmakers (WTM)** daha fazla kadının bilim, teknoloji ve mühendislik sektörlerinde yer almasını teşvik "
            f"etmek amacıyla etkinlikler düzenleyen uluslararası bir topluluktur.\n\nBu sene planladığımız etkinlikte {d.day} "
            f"{MON['tr'][d.month-1]} {WD['tr'][d.weekday()]} günü {short_loc} 3 paralel oturumda mobil, web, cloud, {ev.tech}, "
            f"girişimcilik ve liderlik gibi çeşitli alanlarda kendimizi geliştirme fırsatı bulacağız.\n\nGeçen senelerde "
            f"düzenlediğimiz etkinliklerde;\n\n" + ",\n\n".join(stats) + " ağırladık.\n")
    return Page(fm, body, online="in-person",
                note="Turkish locative suffixes: '31 Mart'ta VENUE'nde gerçekleşiyor' + '31 Mart Cumartesi günü' (year only in the series name; the city only in the name 'IWD CITY'); past years' statistics are distractors")


@template("T139", "tr", ["null"], "OpenTRFoundation/OpenTR content/tr/docs/conferences-in-turkey/_index.md ('title: Türkiye'deki Yazılım Etkinlikleri / | **Konferans** | **Şehir** | **Tema** | / | JavaDay Istanbul | İstanbul | Java dili ve ekosistemi | / | DevFest Bursa | Bursa | Google teknolojileri |')",
          null=True, extra=2)
def t139(ev):
    rows = [("JavaDay Istanbul", "İstanbul", "Java dili ve ekosistemi"), ("Yazılımcı günleri", "İstanbul", "Genel yazılım"),
            ("Kubernetes Community Days Istanbul", "İstanbul", "Cloud native"), ("DevOpsDays Istanbul", "İstanbul", "DevOps"),
            ("GoKonf", "İstanbul", "Go dili ve ekosistemi"), ("DevFest Bursa", "Bursa", "Google teknolojileri"),
            ("DevFest Izmir", "İzmir", "Google teknolojileri"), ("DevFest Ankara", "Ankara", "Google teknolojileri"),
            (f"{ev.tech} Günleri", ev.pick("Antalya", "Eskişehir"), f"{ev.tech}")]
    picks = ev.rng.sample(rows, 6)
    fm = {"title": "Türkiye'deki Yazılım Etkinlikleri", "linkTitle": "Türkiye'deki Yazılım Etkinlikleri",
          "description": "Bu liste Türkiye'deki yazılım konferansları ve etkinlikleri hakkında bilgi içermektedir", "weight": 110}
    body = ("| **Konferans** | **Şehir** | **Tema** |\n|---|---|---|\n" +
            "\n".join(f"| [{a}](https://{slugify(a)}.example.com/) | {b} | {c} |" for a, b, c in picks) + "\n")
    return Page(fm, body, note="list of conferences with their cities; about no single event")


@template("T140", "tr", ["partial", "distractor"], "ozgurvurgun/hugo-ozgur content/posts/haftalik-yazilimci-bulusmalari.md ('Geçtiğimiz yıllarda Ankara'da gerçekleştirdiğimiz yazılımcı buluşmaları adını verdiğimiz haftalık buluşmaları Aydın'da tekrar yapmaya karar verdim. ... Ankara ayağında düzenli olarak 3 ay boyunca yaptığımız etkinliklerde ... Bu sebeple Aydın versiyonuna 27 Kasım pazar günü itibariyle başlıyoruz.')",
          pool="tr", days=(1, 1), weekday=6, pub=(-10, -6), extra=2, other_pool="tr")
def t140(ev):
    p, o = ev.p, ev.other
    d = ev.start
    fm = {"title": "Haftalik yazilimci bulusmalari", "description": None, "date": Raw(iso(ev.pub)), "draft": False,
          "tags": Raw(f"tr #etkinlik #{slugify(p.city)}")}
    body = (f"Geçtiğimiz yıllarda {TR_LOC[o.city]} gerçekleştirdiğimiz yazılımcı buluşmaları adını verdiğimiz haftalık "
            f"buluşmaları {TR_LOC[p.city]} tekrar yapmaya karar verdim. \n\n<!--more-->\n\nBu buluşmalarda öncelikli hedef "
            f"birbirimizle tanışmak olmakla beraber aşağıdaki çıktıları bulunuyor;\n\n- Haftalık yazılım gündemi hakkında "
            f"konuşuluyor.\n- Yeni yetişen yazılımcıların, yetişmiş yazılımcılarla tanışması sağlanıyor.\n- Yan projelerimiz "
            f"hakkında fikir alışverişi yapılıyor.\n\n{o.native} ayağında düzenli olarak 3 ay boyunca yaptığımız etkinliklerde "
            f"bir çok yazılımcı birbiriyle tanıştı.\n\nBu tarz etkinliklerin yararlı olduğunu düşünüyorum. Bu sebeple "
            f"{p.native} versiyonuna {d.day} {MON['tr'][d.month-1]} {WD['tr'][d.weekday()].lower()} günü itibariyle "
            f"başlıyoruz. \n\nBuluşmalarda herhangi bir kıstasımız bulunmuyor. Hiç bir ayrım olmadan buluşmalar herkese açık.\n")
    return Page(fm, body, online="in-person", start=None, end=None,
                note="weekly meetups in CITY 'starting from Sunday 27 November' (open-ended series: dates null; year only in the front-matter date); the earlier series' city is a distractor")


# ==========================================================================
# Driver
# ==========================================================================

def label_for(tpl, ev, page, pid):
    if tpl.opts.get("null"):
        lab = dict(city=None, region=None, country=None, online=None, start=None, end=None)
    else:
        p = ev.place
        lab = dict(city=p.city, region=p.region, country=p.country, online=page.online,
                   start=iso(ev.start), end=iso(ev.end))
    for k, v in page.labels.items():
        lab[k] = iso(v) if isinstance(v, D) else v
    if lab.get("city") is None and lab.get("country") is None:
        lab["region"] = None
    return {"corpus": "phrasings", "id": pid, "city": lab["city"], "region": lab["region"],
            "country": lab["country"], "online": page.online if "online" not in page.labels else page.labels["online"],
            "start": lab["start"], "end": lab["end"], "topics": None, "template": tpl.id,
            "split": tpl.split, "note": page.note}


def generate(out_dir, seed, per):
    posts = os.path.join(out_dir, "_posts")
    os.makedirs(posts, exist_ok=True)
    for fn in os.listdir(posts):
        if fn.endswith(".md"):
            os.remove(os.path.join(posts, fn))
    ids = set()
    labels = []
    for tpl in sorted(TEMPLATES, key=lambda t: t.id):
        rng = random.Random(f"{seed}:{tpl.id}")
        for k in range(per):
            ev = Event(rng, tpl, k)
            page = tpl.fn(ev)
            title = str(page.fm.get("title") or page.fm.get("name") or ev.name).strip('"')
            base = f"{ev.pub.isoformat()}-{slugify(title)[:60].strip('-')}"
            fn, n = base + ".md", 2
            while fn in ids:
                fn, n = f"{base}-{n}.md", n + 1
            ids.add(fn)
            text = front_matter(page.fm)
            if page.body.strip():
                text += "\n" + page.body.rstrip("\n") + "\n"
            with open(os.path.join(posts, fn), "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            labels.append(label_for(tpl, ev, page, f"_posts/{fn}"))
    labels.sort(key=lambda r: r["id"])
    with open(os.path.join(out_dir, "labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return labels


def summary(labels):
    by = {}
    for t in TEMPLATES:
        by[t.id] = t
    langs, kinds = {}, {}
    for t in TEMPLATES:
        langs[t.lang] = langs.get(t.lang, 0) + 1
        for k in t.kinds:
            kinds[k] = kinds.get(k, 0) + 1
    splits = {"dev": sum(t.split == "dev" for t in TEMPLATES), "test": sum(t.split == "test" for t in TEMPLATES)}
    print(f"{len(TEMPLATES)} templates, {len(labels)} pages; languages {dict(sorted(langs.items()))}; "
          f"kinds {dict(sorted(kinds.items()))}; template split {splits}", file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-template", type=int, default=5)
    ap.add_argument("--list", action="store_true", help="print the template table and exit")
    a = ap.parse_args(argv)
    if a.list:
        for t in sorted(TEMPLATES, key=lambda t: t.id):
            print(f"{t.id}\t{t.lang}\t{','.join(t.kinds)}\t{t.split}\t{t.source}")
        return 0
    labels = generate(a.out_dir, a.seed, a.per_template)
    summary(labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
