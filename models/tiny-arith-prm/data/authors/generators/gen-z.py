"""Tiny-arith PRM data generator, register: library / museum / school office.

Librarians, archivists, museum guides and school secretaries count volumes,
forms, exhibits, tickets and chairs; solutions are written as a clerk's tally.

generate(seed, count) -> list of records
    {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}

Standard library only; deterministic for a seed (own random.Random).
_generate_with_meta() also returns the internal representation that check.py
uses to re-derive every label.
"""
import json
import os
import random
import re

# ----------------------------------------------------------------------------
# Names (typed by hand)
# ----------------------------------------------------------------------------
FEMALE = [
    "Agnieszka", "Beatrix", "Carmela", "Dagny", "Eulalia", "Fenella", "Giedre",
    "Hortense", "Ingrid", "Jacinta", "Kalinda", "Leocadia", "Mireille", "Nkechi",
    "Oriane", "Philippa", "Querida", "Rosalind", "Saoirse", "Thandiwe", "Ulrike",
    "Valentina", "Winifred", "Ximena", "Yevgenia", "Zuleika", "Araminta", "Bronwen",
    "Cosima", "Delphine", "Esperanza", "Florentyna", "Gwendolyn", "Henrietta",
    "Isadora", "Juniper", "Kerensa", "Lavinia", "Marisol", "Nerys", "Ottilie",
    "Perpetua", "Rhiannon", "Seraphina", "Tamsin", "Ursula", "Verity", "Wilhelmina",
    "Yolanda", "Zinnia", "Anouk", "Briony", "Clemency", "Dorcas", "Elspeth",
    "Fionnuala", "Gaia", "Honor", "Imelda", "Jessamy",
]
MALE = [
    "Aloysius", "Bartholomew", "Cosmo", "Desmond", "Evander", "Fitzroy", "Gideon",
    "Horatio", "Ignatius", "Jolyon", "Kwabena", "Leopold", "Malachy", "Nikolai",
    "Osric", "Peregrine", "Quentin", "Rupert", "Sebastiano", "Tobias", "Ulysses",
    "Valentin", "Wendell", "Xavier", "Yusuf", "Zebedee", "Ambrose", "Barnaby",
    "Cuthbert", "Dashiell", "Emeka", "Fergus", "Gulliver", "Hamish", "Ishaan",
    "Jasper", "Kasimir", "Lysander", "Mordecai", "Neville", "Oswin", "Piers",
    "Rasmus", "Silas", "Thaddeus", "Umberto", "Vikram", "Wolfgang", "Yannick",
    "Zoltan", "Alasdair", "Benedikt", "Crispin", "Dmitri", "Ezekiel", "Florian",
    "Grigor", "Hugo", "Inigo", "Joachim",
]
SURNAMES = [
    "Abernathy", "Blackwood", "Castellanos", "Drummond", "Ekwueme", "Fairweather",
    "Gallagher", "Halvorsen", "Ishikawa", "Jablonski", "Kowalczyk", "Lindqvist",
    "Mbatha", "Nakashima", "O'Rourke", "Pemberton", "Quist", "Ravensworth", "Szabo",
    "Thistlewood", "Umeadi", "Vandermeer", "Whitlock", "Yardley", "Zielinski",
    "Achterberg", "Bellweather", "Chaudhry", "Dunmore", "Espinoza", "Featherstone",
    "Grimshaw", "Hollingsworth", "Iwobi", "Jessop", "Kilbride", "Lockhart",
    "McAllister", "Nwosu", "Okonkwo", "Petrakis", "Rutherford", "Sandoval",
    "Tremayne", "Underhill", "Villanueva", "Wainwright", "Yilmaz", "Zamora",
    "Ashcombe", "Birtwhistle", "Cavendish", "Dervishi", "Eriksen", "Fontaine",
    "Greenhalgh", "Hargreaves", "Ingleby", "Jankowski", "Kettleby", "Lachance",
    "Merriweather", "Nightingale", "Oyelaran", "Pennington", "Quigley", "Rasmussen",
    "Stroud", "Tennant", "Ullswater", "Vasquez", "Winterbottom", "Xiong", "Yoshida",
    "Zuckerman", "Aldridge", "Brannigan", "Coldwell", "Dimitrova", "Ellingham",
    "Fitzwilliam", "Gilchrist", "Hawthorne", "Inchbald", "Jowett", "Kavanagh",
    "Lisowski", "Mortimer", "Nakagawa", "Ollerenshaw", "Prendergast", "Radcliffe",
    "Seddon", "Thackeray", "Uttley", "Verhoeven", "Wetherby", "Youngblood",
    "Zabinski", "Appleyard",
]
TOWNS = [
    "Millbrook", "Ashford Vale", "Kingsmere", "Larkhill", "Oakenshaw", "Pennyfold",
    "Rookwood", "Saltmarsh", "Thornbury", "Wexcombe", "Brackenfield", "Cinderford",
    "Dunmere", "Fallowfield", "Greywater", "Hollowell", "Ivybridge", "Kestrel Bay",
    "Lindenholm", "Marrowby", "Northcote", "Otterburn", "Quarrymoor", "Redcastle",
    "Stonebridge", "Tarnside", "Upperwold", "Wrenfield",
]

# ----------------------------------------------------------------------------
# Items (plural nouns) by category, containers (singular, plural)
# ----------------------------------------------------------------------------
ITEMS = {
    "book": [
        "books", "library books", "novels", "paperbacks", "hardbacks", "atlases",
        "dictionaries", "encyclopedias", "picture books", "board books", "audiobooks",
        "DVDs", "CDs", "magazines", "periodicals", "journals", "comics",
        "graphic novels", "cookbooks", "biographies", "almanacs", "textbooks",
        "workbooks", "reading books", "yearbooks", "large-print books", "phrasebooks",
        "hymn books", "manuals", "poetry collections", "mysteries", "thrillers",
        "romances", "travel guides", "field guides", "gazetteers", "anthologies",
        "songbooks", "storybooks", "primers", "annuals", "reference books",
        "westerns", "joke books", "activity books", "sheet-music folios",
    ],
    "paper": [
        "forms", "permission slips", "enrolment forms", "report cards", "certificates",
        "envelopes", "circulars", "memos", "newsletters", "receipts", "invoices",
        "index cards", "catalogue cards", "library cards", "bookmarks", "stickers",
        "address labels", "name badges", "timetables", "exam papers", "answer sheets",
        "worksheets", "folders", "ring binders", "case files", "attendance registers",
        "notebooks", "exercise books", "pencils", "ballpoint pens", "erasers", "rulers",
        "glue sticks", "marker pens", "highlighters", "crayons", "sticks of chalk",
        "whiteboard pens", "paper clips", "rubber stamps", "ink pads", "clipboards",
        "sticky notes", "manila envelopes", "sign-up sheets", "staff handbooks",
        "detention slips", "merit cards", "reading logs", "lanyards", "visitor badges",
        "consent letters",
    ],
    "museum": [
        "artifacts", "fossils", "coins", "medals", "pottery shards", "arrowheads",
        "postcards", "posters", "prints", "photographs", "paintings", "sketches",
        "sculptures", "figurines", "vases", "masks", "tapestries", "quilts",
        "manuscripts", "scrolls", "old letters", "maps", "specimens", "pinned butterflies",
        "mineral samples", "seashells", "postage stamps", "buttons", "antique keys",
        "hand tools", "oil lamps", "pocket watches", "porcelain dolls", "toy soldiers",
        "teacups", "silver spoons", "glass beads", "brooches", "signet rings", "helmets",
        "spearheads", "tiles", "mosaic pieces", "lanterns", "daguerreotypes",
        "lithographs", "woodcuts", "engravings", "samplers", "painted fans",
        "snuffboxes", "thimbles", "clay tablets", "marble busts", "model ships",
    ],
    "seat": [
        "chairs", "folding chairs", "stools", "benches", "tables", "trestle tables",
        "music stands", "cushions", "gym mats", "kneelers", "beanbags", "hymn sheets",
        "programmes", "song sheets", "paper cups", "water jugs", "place cards",
        "raffle prizes", "balloons", "easels", "display boards", "extension leads",
        "microphones", "floor mats", "plastic chairs", "stacking chairs", "chair covers",
        "tablecloths", "lecterns", "hassocks",
    ],
    "ticket": [
        "visitor tickets", "entry passes", "raffle tickets", "wristbands", "day passes",
        "tokens", "vouchers", "coupons", "season passes", "guest passes", "audio guides",
        "gallery maps", "cloakroom tickets", "parking permits", "tour stickers",
        "admission stubs", "membership cards", "gift vouchers", "lunch tokens",
        "exhibition leaflets", "fridge magnets", "keyrings", "tote bags",
        "souvenir pencils", "guidebooks",
    ],
}
CONTAINERS = {
    "book": [("box", "boxes"), ("crate", "crates"), ("shelf", "shelves"),
             ("trolley", "trolleys"), ("cart", "carts"), ("carton", "cartons"),
             ("bin", "bins"), ("tote", "totes"), ("bay", "bays")],
    "paper": [("box", "boxes"), ("packet", "packets"), ("pack", "packs"),
              ("bundle", "bundles"), ("carton", "cartons"), ("tray", "trays"),
              ("drawer", "drawers"), ("tub", "tubs"), ("crate", "crates")],
    "museum": [("case", "cases"), ("tray", "trays"), ("drawer", "drawers"),
               ("crate", "crates"), ("cabinet", "cabinets"), ("box", "boxes"),
               ("vitrine", "vitrines"), ("shelf", "shelves")],
    "seat": [("row", "rows"), ("stack", "stacks"), ("trolley", "trolleys"),
             ("pile", "piles"), ("cart", "carts")],
    "ticket": [("roll", "rolls"), ("pad", "pads"), ("booklet", "booklets"),
               ("bundle", "bundles"), ("box", "boxes"), ("strip", "strips")],
}
# containers that can be used as a countable unit that is later opened
PACKABLE = {"book", "paper", "museum", "ticket"}

SETTINGS = {
    "library": {
        "cats": ["book", "book", "book", "paper", "seat", "ticket"],
        "roles": ["librarian", "assistant librarian", "library clerk",
                  "circulation assistant", "children's librarian", "branch manager",
                  "archivist", "cataloguer", "reference librarian"],
        "places": [("in", "reading room"), ("on", "returns trolley"), ("at", "reference desk"),
                   ("in", "stacks"), ("in", "children's corner"), ("on", "periodicals rack"),
                   ("at", "circulation desk"), ("in", "local-history room"),
                   ("in", "mobile library van"), ("on", "book-sale table")],
        "agents": ["patrons", "readers", "borrowers", "students", "visitors",
                   "pensioners", "teenagers from the homework club"],
        "donors": ["a local historian", "a retired teacher", "the county depot",
                   "an anonymous donor", "the publisher", "a neighbouring branch",
                   "the Friends of the Library"],
        "groups": [("branch", "branches"), ("reading group", "reading groups"),
                   ("classroom", "classrooms"), ("display table", "display tables"),
                   ("mobile van", "mobile vans"), ("care home", "care homes")],
        "orgs": ["{T} Library", "the {T} Branch Library", "the {T} Reading Rooms",
                 "the {T} Lending Library"],
        "groupactors": ["the library volunteers", "the weekend staff",
                        "the circulation team"],
    },
    "museum": {
        "cats": ["museum", "museum", "museum", "ticket", "ticket", "seat", "book"],
        "roles": ["curator", "museum guide", "docent", "collections manager",
                  "registrar", "gift-shop manager", "conservator",
                  "exhibitions officer", "archivist"],
        "places": [("in", "east gallery"), ("in", "storeroom"), ("in", "display case"),
                   ("in", "gift shop"), ("in", "education room"), ("in", "conservation lab"),
                   ("in", "entrance hall"), ("on", "mezzanine"), ("in", "coin room"),
                   ("in", "basement store")],
        "agents": ["visitors", "tourists", "school parties", "members",
                   "researchers", "volunteers"],
        "donors": ["a private collector", "the estate of a collector",
                   "a partner museum", "the county archive", "a local family",
                   "an anonymous benefactor"],
        "groups": [("gallery", "galleries"), ("tour group", "tour groups"),
                   ("display case", "display cases"), ("regional museum", "regional museums"),
                   ("school party", "school parties"), ("guide", "guides")],
        "orgs": ["the {T} Museum", "{T} Heritage Centre", "the {T} Gallery",
                 "the {T} Folk Museum"],
        "groupactors": ["the museum guides", "the collections team",
                        "the front-of-house staff"],
    },
    "school": {
        "cats": ["paper", "paper", "paper", "seat", "seat", "book", "ticket"],
        "roles": ["school secretary", "office manager", "bursar", "receptionist",
                  "head teacher", "caretaker", "deputy head", "attendance officer",
                  "exams officer"],
        "places": [("in", "front office"), ("in", "supply cupboard"), ("in", "staff room"),
                   ("in", "assembly hall"), ("at", "reception desk"), ("in", "stock room"),
                   ("in", "filing cabinet"), ("in", "sports hall"), ("in", "music room"),
                   ("in", "photocopier room")],
        "agents": ["parents", "pupils", "teachers", "form tutors", "prefects",
                   "the dinner ladies"],
        "donors": ["the PTA", "a generous parent", "the district office",
                   "a neighbouring school", "a former pupil", "the local council"],
        "groups": [("class", "classes"), ("form group", "form groups"),
                   ("department", "departments"), ("teacher", "teachers"),
                   ("tutor group", "tutor groups"), ("house", "houses")],
        "orgs": ["{T} Primary School office", "the {T} Academy front office",
                 "{T} Grammar School office", "the {T} Infant School office"],
        "groupactors": ["the office assistants", "the front-office team",
                        "the site staff"],
    },
}

DISTRACTORS = {
    "library": [
        "It was a wet Tuesday in the reading room.",
        "The radiator in the stacks clanked all morning.",
        "The new barcode scanner kept beeping for no reason.",
        "Please note that the photocopier is out of order again.",
        "A film crew had asked to shoot in the foyer.",
        "Somebody had left a soggy umbrella by the returns slot.",
        "The carpet in the foyer still smelled faintly of glue.",
        "The storytime session ran late, as usual.",
        "Readers were reminded that eating is not permitted in the stacks.",
        "The heating had been turned down to protect the older bindings.",
        "It was very quiet apart from the ticking clock.",
        "The library cat slept on the windowsill through all of this.",
    ],
    "museum": [
        "A pigeon had got into the east gallery again.",
        "The museum café ran out of scones before noon.",
        "Visitors were asked to leave umbrellas at the cloakroom.",
        "The lights in the coin room flickered all afternoon.",
        "Please note that flash photography is not allowed.",
        "It rained steadily throughout the afternoon.",
        "The conservators were busy with a cracked frame.",
        "A coach party arrived earlier than expected.",
        "The new signage in the entrance hall was finally up.",
        "Staff were reminded that food is not permitted near the exhibits.",
        "The security guard complained about the draughty doors.",
        "Nobody could find the key to the map cabinet.",
    ],
    "school": [
        "Parents' evening was coming up.",
        "The kettle in the staff room had finally been replaced.",
        "A school inspector was expected after lunch.",
        "Please note that the fire drill has been moved to Friday.",
        "The caretaker grumbled about the squeaky trolley wheels.",
        "It was the last week before the holidays.",
        "The photocopier jammed again, as it does every Monday.",
        "Everyone was reminded to sign the visitors' book.",
        "The netball team was practising outside the office window.",
        "The office phone rang all morning.",
        "The head teacher was away at a conference.",
        "Lunch was late because of a burst pipe in the kitchen.",
    ],
}

HEADER_SUBJECTS = {
    "book": ["Returns trolley count", "Stock check", "Book sale leftovers",
             "Loans ledger", "Shelf audit", "Weeding exercise", "Stock rotation"],
    "paper": ["Stationery cupboard", "Forms inventory", "Office supplies",
              "End-of-term paperwork", "Mail-out", "Stock check"],
    "museum": ["Gallery rotation", "Storage move", "Collections audit",
               "Loan returns", "Display changes", "Object inventory"],
    "seat": ["Chairs for the assembly", "Hall set-up", "Open evening set-up",
             "Furniture count", "Prize-giving arrangements"],
    "ticket": ["Ticket float", "Admissions desk", "Gift-shop stock",
               "Visitor passes", "Front-desk count"],
}

ADVERBIALS = [
    "On Monday, ", "Later, ", "Next, ", "Then ", "After that, ", "That afternoon, ",
    "Before closing, ", "During the open day, ", "At lunchtime, ", "By mid-morning, ",
    "Over the weekend, ", "At the end of the session, ", "Shortly afterwards, ",
    "Towards the end of term, ", "On Friday, ", "Soon after, ", "In the afternoon, ",
    "Just before the doors opened, ", "After the morning rush, ", "Later that week, ",
]
ADVERBIALS_FUT = ["Next, ", "Then ", "After that, ", "Later, ", "On Friday, ",
                  "Before closing, ", "Tomorrow, ", "Next week, ", "At lunchtime, "]

# ----------------------------------------------------------------------------
# Number words
# ----------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]


def num_word(n):
    if n <= 20:
        return ONES[n]
    t, u = divmod(n, 10)
    return TENS[t] + ("-" + ONES[u] if u else "")


# ----------------------------------------------------------------------------
# Verb conjugation
# ----------------------------------------------------------------------------
IRREG = {
    "have": ("had", "had"), "do": ("did", "done"), "go": ("went", "gone"),
    "get": ("got", "got"), "give": ("gave", "given"), "take": ("took", "taken"),
    "send": ("sent", "sent"), "lend": ("lent", "lent"), "sell": ("sold", "sold"),
    "lose": ("lost", "lost"), "bring": ("brought", "brought"),
    "buy": ("bought", "bought"), "find": ("found", "found"), "hold": ("held", "held"),
    "keep": ("kept", "kept"), "leave": ("left", "left"), "make": ("made", "made"),
    "put": ("put", "put"), "set": ("set", "set"), "throw": ("threw", "thrown"),
    "break": ("broke", "broken"), "tear": ("tore", "torn"), "win": ("won", "won"),
    "come": ("came", "come"), "become": ("became", "become"),
    "grow": ("grew", "grown"), "swell": ("swelled", "swollen"),
    "withdraw": ("withdrew", "withdrawn"), "spend": ("spent", "spent"),
    "deal": ("dealt", "dealt"), "cut": ("cut", "cut"), "let": ("let", "let"),
    "run": ("ran", "run"), "rise": ("rose", "risen"), "build": ("built", "built"),
    "say": ("said", "said"), "split": ("split", "split"),
    "spread": ("spread", "spread"), "fall": ("fell", "fallen"),
    "steal": ("stole", "stolen"), "dig": ("dug", "dug"), "see": ("saw", "seen"),
    "sit": ("sat", "sat"), "mislay": ("mislaid", "mislaid"),
    "ship": ("shipped", "shipped"), "drop": ("dropped", "dropped"),
    "scrap": ("scrapped", "scrapped"), "bin": ("binned", "binned"),
    "swap": ("swapped", "swapped"), "snap": ("snapped", "snapped"),
    "top": ("topped", "topped"), "log": ("logged", "logged"),
    "slip": ("slipped", "slipped"), "transfer": ("transferred", "transferred"),
    "parcel": ("parcelled", "parcelled"), "shred": ("shredded", "shredded"),
    "label": ("labelled", "labelled"), "wrap": ("wrapped", "wrapped"),
    "strip": ("stripped", "stripped"), "catalogue": ("catalogued", "catalogued"),
    "pay": ("paid", "paid"), "sweep": ("swept", "swept"),
    "stand": ("stood", "stood"), "draw": ("drew", "drawn"),
    "ferry": ("ferried", "ferried"), "forget": ("forgot", "forgotten"),
    "begin": ("began", "begun"), "show": ("showed", "shown"),
}
VOWELS = "aeiou"


def s3(w):
    if w == "have":
        return "has"
    if w == "be":
        return "is"
    if w in ("do", "go"):
        return w + "es"
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    if w.endswith("y") and w[-2] not in VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def past(w):
    if w in IRREG:
        return IRREG[w][0]
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y") and w[-2] not in VOWELS:
        return w[:-1] + "ied"
    return w + "ed"


def pp(w):
    head, _, rest = w.partition(" ")
    if head in IRREG:
        f = IRREG[head][1]
    elif head == "be":
        f = "been"
    else:
        f = past(head)
    return f + (" " + rest if rest else "")


def be_form(tense, plural):
    if tense == "past":
        return "were" if plural else "was"
    if tense == "perf":
        return "have been" if plural else "has been"
    if tense == "fut":
        return "will be"
    return "are" if plural else "is"


def conj(verb, tense, plural):
    head, _, rest = verb.partition(" ")
    tail = (" " + rest) if rest else ""
    if head == "be":
        return be_form(tense, plural) + tail
    if tense == "past":
        return past(head) + tail
    if tense == "perf":
        return ("have " if plural else "has ") + pp(head) + tail
    if tense == "fut":
        return "will " + head + tail
    return (head if plural else s3(head)) + tail


def there_form(tense):
    return {"past": "there were", "pres": "there are", "perf": "there are now",
            "fut": "there will be"}[tense]


# ----------------------------------------------------------------------------
# Change templates: (key, text, tags or None, fixed operand or None)
# {A} actor subject  {Ao} object  {Ap} possessive  {n} operand  {I} unit noun
# {v:x} verb agreeing with actor; {vs:x} singular; {vp:x} plural; {be} passive
# plural; {pp:x} participle; {there}; {P} place; {Tp} agents; {Ds} donor
# {g}/{G} group; {c}/{C} container; {J} inner items
# ----------------------------------------------------------------------------
ADD_T = [
    ("a01", "{A} {v:receive} {n} more {I} from the county depot", None, None),
    ("a02", "{A} {v:take} in {n} returned {I} at the counter", None, None),
    ("a03", "{A} {v:unpack} {n} new {I}", None, None),
    ("a04", "{A} {v:catalogue} {n} newly donated {I}", ["book", "museum"], None),
    ("a05", "{A} {v:accession} another {n} {I}", ["museum", "book"], None),
    ("a06", "{A} {v:collect} {n} {I} from the book drop", ["book"], None),
    ("a07", "{A} {v:retrieve} {n} {I} from the basement store", None, None),
    ("a08", "{A} {v:bring} up {n} more {I} from storage", None, None),
    ("a09", "{A} {v:find} {n} more {I} behind a radiator", None, None),
    ("a10", "{A} {v:buy} {n} {I} at the stationery sale", ["paper"], None),
    ("a11", "{A} {v:borrow} {n} {I} from next door", ["book", "seat"], None),
    ("a12", "{A} {v:pick} up {n} {I} from the print room", ["paper", "ticket"], None),
    ("a13", "{A} {v:gather} {n} stray {I} from the reading tables", ["book", "paper"], None),
    ("a14", "{A} {v:add} {n} {I} to the pile", None, None),
    ("a15", "{A} {v:print} off {n} more {I}", ["paper", "ticket"], None),
    ("a16", "{A} {v:salvage} {n} {I} from the flooded annex", None, None),
    ("a17", "{A} {v:rescue} {n} {I} from a skip outside", None, None),
    ("a18", "{A} {v:win} {n} {I} in a regional raffle", ["paper", "book", "ticket"], None),
    ("a19", "{A} {v:acquire} {n} {I} at auction", ["museum", "book"], None),
    ("a20", "{A} {v:track} down {n} overdue {I}", ["book"], None),
    ("a21", "{A} {v:carry} in {n} more {I}", None, None),
    ("a22", "{A} {v:fetch} {n} {I} from the staff room", ["paper", "seat", "book"], None),
    ("a23", "{A} {v:wheel} in another {n} {I} on a trolley", None, None),
    ("a24", "{A} {v:recover} {n} {I} from lost property", None, None),
    ("a25", "{A} {v:get} {n} more {I} from the central office", None, None),
    ("a26", "{A} {v:borrow} {n} {I} from the music department", ["seat"], None),
    ("a27", "{A} {v:check} in {n} {I} that had been out on loan", ["book", "museum"], None),
    ("a28", "{A} {v:log} {n} incoming {I}", None, None),
    ("a29", "{A} {v:set} out {n} more {I}", ["seat"], None),
    ("a30", "{A} {v:dig} out {n} more {I} from a cupboard", None, None),
    ("a31", "{A} {v:reclaim} {n} {I} from the annex", None, None),
    ("a32", "{A} {v:sign} for a delivery of {n} {I}", None, None),
    ("a33", "{A} {v:come} back from the depot with {n} {I}", None, None),
    ("a34", "{A} {v:top} up the supply with {n} {I}", ["paper", "ticket", "seat"], None),
    ("a35", "{A} {v:be} handed {n} more {I}", None, None),
    ("a36", "{A} {v:be} sent {n} {I} by head office", None, None),
    ("a37", "{A} {v:be} lent {n} {I} by a partner museum", ["museum"], None),
    ("a38", "{A} {v:inherit} {n} {I} from a retiring colleague", None, None),
    ("a39", "{A} {v:order} {n} extra {I} and {v:receive} them", None, None),
    ("a40", "{A} {v:scrounge} {n} {I} from the science block", ["paper", "seat"], None),
    ("p01", "{n} more {I} {be} {pp:return}", None, None),
    ("p02", "{n} {I} {be} {pp:donate} by a local family", None, None),
    ("p03", "{n} {I} {be} {pp:drop} off at the front desk", None, None),
    ("p04", "another {n} {I} {be} {pp:deliver}", None, None),
    ("p05", "{n} {I} {be} {pp:hand} in by pupils", ["paper", "book"], None),
    ("p06", "{n} more {I} {be} {pp:bring} back from the bindery", ["book"], None),
    ("p07", "{n} {I} {be} {pp:transfer} in from the annex", None, None),
    ("p08", "{n} {I} {be} {pp:send} over by the district office", None, None),
    ("p09", "{n} {I} {be} {pp:bring} back from a travelling exhibition", ["museum"], None),
    ("t01", "{Tp} {vp:return} {n} {I}", None, None),
    ("t02", "{Tp} {vp:bring} in {n} more", None, None),
    ("t03", "a courier {vs:deliver} {n} {I}", None, None),
    ("t04", "{Ds} {vs:donate} {n} {I}", None, None),
    ("t05", "{Ds} {vs:drop} off {n} {I}", None, None),
    ("t06", "{Tp} {vp:hand} back {n} {I}", None, None),
    ("t07", "{Ds} {vs:send} along {n} {I}", None, None),
    ("t08", "the returns box {vs:yield} {n} more {I}", ["book"], None),
    ("t09", "{Ds} {vs:pass} on {n} {I}", None, None),
    ("i01", "{n} more {I} {vp:arrive} by post", None, None),
    ("i02", "{n} {I} {vp:turn} up in the lost-property box", None, None),
    ("i03", "{n} {I} {vp:come} back from repair", ["book", "museum", "seat"], None),
    ("i04", "another {n} {vp:trickle} in before closing", None, None),
]

SUB_T = [
    ("s01", "{A} {v:lend} out {n} {O}", ["book", "seat", "museum"], None),
    ("s02", "{A} {v:check} out {n} {O} to patrons", ["book"], None),
    ("s03", "{A} {v:send} {n} {O} to the bindery", ["book"], None),
    ("s04", "{A} {v:move} {n} {O} into storage", None, None),
    ("s05", "{A} {v:pack} {n} {O} off to the archive", ["book", "paper", "museum"], None),
    ("s06", "{A} {v:hand} out {n} {O}", ["paper", "ticket", "seat", "book"], None),
    ("s07", "{A} {v:distribute} {n} {O} to the form tutors", ["paper"], None),
    ("s08", "{A} {v:give} away {n} {O}", None, None),
    ("s09", "{A} {v:sell} {n} {O} at the jumble sale", ["book", "paper", "seat"], None),
    ("s10", "{A} {v:lose} {n} {O}", None, None),
    ("s11", "{A} {v:withdraw} {n} worn {I} from circulation", ["book"], None),
    ("s12", "{A} {v:discard} {n} damaged {I}", None, None),
    ("s13", "{A} {v:shred} {n} {O}", ["paper"], None),
    ("s14", "{A} {v:recycle} {n} {O}", ["paper", "book"], None),
    ("s15", "{A} {v:stack} away {n} {O}", ["seat"], None),
    ("s16", "{A} {v:fold} up {n} {O}", ["seat"], None),
    ("s17", "{A} {v:mail} out {n} {O}", ["paper"], None),
    ("s18", "{A} {v:post} {n} {O} to parents", ["paper"], None),
    ("s19", "{A} {v:issue} {n} {O}", ["ticket", "paper"], None),
    ("s20", "{A} {v:use} up {n} {O}", ["paper", "ticket"], None),
    ("s21", "{A} {v:return} {n} {O} to the lending museum", ["museum"], None),
    ("s22", "{A} {v:deaccession} {n} {O}", ["museum"], None),
    ("s23", "{A} {v:put} {n} {O} in the free box", ["book", "paper"], None),
    ("s24", "{A} {v:donate} {n} {O} to the hospital library", ["book"], None),
    ("s25", "{A} {v:box} up {n} {O} for the annex", None, None),
    ("s26", "{A} {v:take} down {n} {O} from the display", ["museum"], None),
    ("s27", "{A} {v:remove} {n} {O} from the {P}", None, None),
    ("s28", "{A} {v:throw} out {n} {O}", None, None),
    ("s29", "{A} {v:cart} off {n} {O}", None, None),
    ("s30", "{A} {v:ship} {n} {O} to another site", None, None),
    ("s31", "{A} {v:loan} {n} {O} to a travelling exhibition", ["museum"], None),
    ("s32", "{A} {v:weed} out {n} {O}", ["book"], None),
    ("s33", "{A} {v:set} aside {n} {O} for repair", None, None),
    ("s34", "{A} {v:clear} away {n} {O}", ["seat", "paper"], None),
    ("s35", "{A} {v:pass} {n} {O} on to the secondary school", ["paper", "book", "seat"], None),
    ("s36", "{A} {v:sort} out {n} {O} and {v:bin} them", ["paper"], None),
    ("s37", "{A} {v:send} home {n} {O} with pupils", ["paper"], None),
    ("s38", "{A} {v:sell} {n} {O} in the gift shop", ["ticket", "museum"], None),
    ("s39", "{A} {v:ferry} {n} {O} across to the sports hall", ["seat"], None),
    ("s40", "{A} {v:mislay} {n} {O}", None, None),
    ("q01", "{n} {O} {be} {pp:check} out", ["book"], None),
    ("q02", "{n} {O} {be} {pp:borrow}", ["book", "seat"], None),
    ("q03", "{n} {O} {be} {pp:damage} beyond repair", None, None),
    ("q04", "{n} {O} {be} {pp:take} by visitors", None, None),
    ("q05", "{n} {O} {be} {pp:claim} by their owners", ["book", "paper", "ticket"], None),
    ("q06", "{n} {O} {be} {pp:send} out on interlibrary loan", ["book"], None),
    ("q07", "{n} {O} {be} {pp:sell} at the front desk", ["ticket", "museum", "book"], None),
    ("q08", "{n} {O} {be} {pp:tear} in the rush", ["paper", "ticket"], None),
    ("q09", "{n} {O} {be} {pp:carry} off to the sports hall", ["seat"], None),
    ("q10", "{n} {O} {be} {pp:ship} to the conservation studio", ["museum"], None),
    ("u01", "{Tp} {vp:borrow} {n} {O}", ["book", "seat"], None),
    ("u02", "{Tp} {vp:take} home {n} {O}", None, None),
    ("u03", "{Tp} {vp:walk} off with {n} {O}", None, None),
    ("u04", "{Tp} {vp:snap} up {n} {O}", None, None),
    ("u05", "{Tp} {vp:make} off with {n} {O}", None, None),
    ("j01", "{n} {O} {vp:go} missing", None, None),
    ("j02", "{n} {O} {vp:disappear} from the {P}", None, None),
    ("j03", "{n} {O} {vp:break}", ["seat", "museum"], None),
    ("j04", "{n} {O} {vp:get} damaged in a leak", None, None),
    ("j05", "{n} {O} {vp:fall} apart", ["book"], None),
]

MUL_T = [
    ("m01", "{A} {v:double} {Ap} stock of {I}", None, 2),
    ("m02", "the number of {I} {vs:double}", None, 2),
    ("m03", "the pile of {I} {vs:double} in size", None, 2),
    ("m04", "{A} {v:end} up with twice as many {I} as before", None, 2),
    ("m05", "by closing time {there} twice as many {I}", None, 2),
    ("m06", "{A} {v:manage} to double the number of {I}", None, 2),
    ("m07", "the number of {I} {vs:be} doubled by a large delivery", None, 2),
    ("m08", "{A} {v:triple} the number of {I}", None, 3),
    ("m09", "the supply of {I} {vs:triple}", None, 3),
    ("m10", "a grant {vs:let} {Ao} triple {Ap} {I}", None, 3),
    ("m11", "{A} {v:quadruple} the count of {I}", None, 4),
    ("m12", "{A} {v:end} up with {m} times as many {I}", None, None),
    ("m13", "the count of {I} {vs:grow} to {m} times what it had been", None, None),
    ("m14", "the collection of {I} {vs:become} {m} times as large", None, None),
    ("m15", "{A} {v:multiply} the number of {I} by {m}", None, None),
    ("m16", "a bulk order {vs:leave} {Ao} with {m} times as many {I} as before", None, None),
    ("m17", "the stock of {I} {vs:increase} {m}-fold", None, None),
    ("m18", "{A} {v:expand} the stock {m}-fold", None, None),
    ("m19", "{A} {v:swap} each of the {I} for {m} new ones", None, None),
    ("m20", "thanks to a grant, {A} {v:have} {m} times as many {I}", None, None),
    ("m21", "the pile {vs:swell} to {m} times its earlier size", None, None),
    ("m22", "the tally of {I} {vs:be} multiplied by {m}", None, None),
    ("m23", "{A} {v:scale} up the stock to {m} times its size", None, None),
    ("m24", "{A} {v:photocopy} enough extra to have {m} times as many {I}", ["paper"], None),
    ("m25", "the print room {vs:run} off enough to make {m} times as many {I}", ["paper", "ticket"], None),
    ("m26", "{A} {v:order} in bulk, leaving {m} times as many {I} as before", None, None),
    ("m27", "a partner museum {vs:lend} enough to make the display {m} times as large", ["museum"], None),
    ("m28", "{A} {v:increase} the {I} to {m} times the original number", None, None),
    ("m29", "stocks of {I} {vp:rise} to {m} times their old level", None, None),
    ("m30", "the {I} on hand {vp:multiply} {m}-fold", None, None),
    ("m31", "the stock {vs:jump} to {m} times its size", None, None),
    ("m32", "{A} {v:build} the stock up to {m} times its former size", None, None),
    ("m33", "{A} {v:end} the week with {m} times as many {I}", None, None),
    ("m34", "the number of {I} {vs:climb} to {m} times its previous value", None, None),
    ("m35", "after the appeal, the count of {I} {vs:be} {m} times higher", None, None),
]
# conversion multiplications: unit is a container, J are the things inside
MULC_T = [
    ("mc01", "each of those {C} {vp:hold} {m} {J}", None, None),
    ("mc02", "every {c} {vs:contain} {m} {J}", None, None),
    ("mc03", "{there} {m} {J} in each {c}", None, None),
    ("mc04", "each {c} {vs:be} packed with {m} {J}", None, None),
    ("mc05", "inside every {c}, {A} {v:find} {m} {J}", None, None),
    ("mc06", "the {C} {vp:hold} {m} {J} apiece", None, None),
    ("mc07", "{A} {v:count} {m} {J} in each {c}", None, None),
    ("mc08", "each {c} {vs:have} {m} {J} in it", None, None),
    ("mc09", "every {c} {vs:be} filled with {m} {J}", None, None),
    ("mc10", "the label on each {c} {vs:say} {m} {J}", None, None),
]
DIV_T = [
    ("d01", "{A} {v:share} them equally among {d} {G} and {v:keep} one share", None, None),
    ("d02", "{A} {v:split} the {I} evenly into {d} piles and {v:keep} just one pile", None, None),
    ("d03", "{A} {v:divide} them equally between {d} {G}, keeping one portion", None, None),
    ("d04", "{A} {v:halve} the stock", None, 2),
    ("d05", "{A} {v:send} half of them to the annex", None, 2),
    ("d06", "only half of the {I} {vp:remain} after the clear-out", None, 2),
    ("d07", "{A} {v:give} away half of the {I}", None, 2),
    ("d08", "half of them {vp:be} moved to the basement store", None, 2),
    ("d09", "the pile {vs:be} cut in half", None, 2),
    ("d10", "{A} {v:keep} only a third of them and {v:pass} the rest on", None, 3),
    ("d11", "a third of the {I} {vp:stay} behind while the rest {vp:go} to the annex", None, 3),
    ("d12", "the stock {vs:be} cut to a third of its size", None, 3),
    ("d13", "the {I} {vp:be} split into {d} equal batches, and {A} {v:keep} one batch", None, None),
    ("d14", "{A} {v:deal} them out evenly into {d} trays and {v:keep} a single tray", None, None),
    ("d15", "{A} {v:send} away all but one of {d} equal bundles", None, None),
    ("d16", "{A} {v:parcel} the {I} out equally to {d} {G} and {v:hold} on to one parcel", None, None),
    ("d17", "{A} {v:share} them out fairly across {d} {G}, holding back one share", None, None),
    ("d18", "{A} {v:sort} them into {d} equal stacks and {v:keep} only one stack", None, None),
    ("d19", "the {I} {vp:be} portioned out equally to {d} {G}, with one portion staying put", None, None),
    ("d20", "the {I} {vp:be} reduced to one share out of {d} equal shares", None, None),
    ("d21", "{A} {v:arrange} them in {d} equal rows and {v:leave} just one row in place", None, None),
    ("d22", "{A} {v:break} the {I} into {d} equal groups and {v:hold} on to a single group", None, None),
    ("d23", "the number of {I} {vs:be} divided by {d} after the audit", None, None),
    ("d24", "{A} {v:keep} one of every {d} {I} and {v:release} the rest", None, None),
    ("d25", "{A} {v:split} them {d} ways and {v:keep} one part", None, None),
    ("d26", "the {I} {vp:get} shared out evenly between {d} {G}, and one share {vs:stay} {Pin}", None, None),
    ("d27", "{A} {v:halve} the number of {I} {Pin}", None, 2),
    ("d28", "a third of them {vp:be} kept and the rest {vp:be} loaned out", None, 3),
]
# conversion divisions: items are packed into containers; unit becomes C
DIVC_T = [
    ("dc01", "{A} {v:pack} them {d} to a {c}", None, None),
    ("dc02", "{A} {v:box} them up with {d} in each {c}", None, None),
    ("dc03", "{A} {v:fill} {C} with {d} {I} apiece", None, None),
    ("dc04", "{A} {v:load} them into {C}, {d} per {c}", None, None),
    ("dc05", "{A} {v:put} them into {C} holding {d} each", None, None),
    ("dc06", "the {I} {vp:be} grouped into {C} of {d}", None, None),
    ("dc07", "{A} {v:file} them {d} to a {c}", ["paper"], None),
]
# final "how many does each get" questions (division as the question)
EACH_Q = [
    ("e01", "If they are shared equally among {d} {G}, how many {I} does each {g} get?"),
    ("e02", "The {I} are then divided evenly between {d} {G}. How many does each {g} receive?"),
    ("e03", "How many {I} will each of the {d} {G} get if they are split equally?"),
    ("e04", "The remaining {I} are to go, in equal numbers, to {d} {G}. How many does each {g} get?"),
    ("e05", "Please note they are to be shared equally by {d} {G}. How many {I} per {g}?"),
    ("e06", "If the {I} are dealt out evenly to {d} {G}, what is each {g}'s share?"),
    ("e07", "Split equally across {d} {G}, how many {I} would each {g} have?"),
    ("e08", "Re: allocation. The {I} will be divided fairly among {d} {G}; how many does each {g} receive?"),
]

START_T = [
    ("st01", "{A} {v:have} {S} {I} {Pin}"),
    ("st02", "{A} {v:look} after {S} {I} {Pin}"),
    ("st03", "{A} {v:count} {S} {I} {Pin}"),
    ("st04", "{A} {v:start} the day with {S} {I}"),
    ("st05", "according to the inventory, {A} {v:hold} {S} {I}"),
    ("st06", "the ledger {vs:show} {S} {I} in {Anp} care"),
    ("st07", "{S} {I} {vp:sit} on {Anp} desk"),
    ("st08", "at opening time, {A} {v:have} {S} {I}"),
    ("st09", "{A} {v:keep} {S} {I} {Pin}"),
    ("st10", "{A} {v:be} in charge of {S} {I}"),
    ("st11", "{Pin}, {A} {v:store} {S} {I}"),
    ("st12", "{A} {v:arrive} to find {S} {I} {Pin}"),
    ("st13", "{A} {v:begin} the week with {S} {I} on hand"),
    ("st14", "the stock sheet {vs:list} {S} {I} under {Anp} name"),
]
PROD_T = [
    ("pr01", "{A} {v:have} {pa} {C} with {pb} {I} in each", "ab"),
    ("pr02", "{A} {v:receive} {pa} {C} of {pb} {I}", "ab"),
    ("pr03", "{A} {v:keep} {pa} {C}, each holding {pb} {I}", "ab"),
    ("pr04", "{Pin}, {A} {v:store} {pa} {C} containing {pb} {I} each", "ab"),
    ("pr05", "{A} {v:start} with {pa} full {C}, {pb} {I} to a {c}", "ab"),
    ("pr06", "{A} {v:look} after {pb} {I} in each of {pa} {C}", "ba"),
    ("pr07", "{A} {v:unpack} {pa} {C} holding {pb} {I} apiece", "ab"),
    ("pr08", "{A} {v:count} {pa} {C} with {pb} {I} in every {c}", "ab"),
    ("pr09", "{there} {pa} {C} of {pb} {I} {Pin}, all in {Anp} care", "ab"),
    ("pr10", "each of the {pa} {C} {Pin} {vs:hold} {pb} {I}, and {A} {v:be} responsible for all of them", "ab"),
]
CONT_START_T = [
    ("cs01", "{A} {v:have} {S} {C} of {J} {Pin}"),
    ("cs02", "{A} {v:look} after {S} {C} of {J}"),
    ("cs03", "{S} {C} of {J} {vp:be} waiting {Pin} for {An}"),
    ("cs04", "{A} {v:take} delivery of {S} {C} of {J}"),
]

QUESTIONS_NEUTRAL = [
    "How many {I} are left?",
    "What is the final count of {I}?",
    "Please state the number of {I} remaining.",
    "How many {I} should the closing tally show?",
    "What figure goes in the ledger for {I}?",
    "Kindly confirm how many {I} there are now.",
    "How many {I} does the inventory list at the end?",
    "Find the number of {I} on hand at close.",
    "Re: stock check. How many {I} are there?",
    "Calculate how many {I} remain.",
    "How many {I} are in {Anp} care now?",
    "For the memo, how many {I} are there in total?",
    "What number should be entered for {I} on the stock sheet?",
    "How many {I} does the register record at the end?",
]
QUESTIONS_T = {
    "past": ["How many {I} did {An} have at the end of the day?",
             "How many {I} were left by closing time?",
             "By the end, how many {I} did {An} have?",
             "How many {I} did {An} end up with?"],
    "pres": ["How many {I} {does} {An} have now?",
             "How many {I} {does} {An} end up with?",
             "How many {I} are there at the close of business?",
             "Now how many {I} are {Pin}?"],
    "fut": ["How many {I} will {An} have then?",
            "How many {I} will be left once all this is done?",
            "How many {I} will the closing tally show?"],
}

# ----------------------------------------------------------------------------
# Step and answer templates
# ----------------------------------------------------------------------------
STEP_NEUTRAL = [
    "Tally: {eq} {U} on hand.", "Running count: {eq}.", "Next entry: {eq} {U}.",
    "Now {eq}.", "Then {eq} {U}.", "This gives {eq}.", "So {An} {has} {eq} {U}.",
    "Updated total: {eq} {U}.", "Ledger line: {eq}", "Count after this change: {eq}.",
    "{eq} {U}.", "{eq}", "Recorded: {eq} {U}.", "Stock now stands at {eq}.",
    "Per the log, {eq}.", "Revised figure: {eq} {U}.", "Carried forward: {eq}.",
]
STEP_OP = {
    "+": [
        "After the returns, {An} {has} {eq} {U}.", "Adding the {b} that came in: {eq}.",
        "Plus {b} more: {eq}.", "Incoming {U} are added: {eq}.", "Add {b}: {eq} {U}.",
        "With the new arrivals, {eq}.", "The count rises: {eq}.",
        "Tally: {eq} {U} after the additions.", "Taking in {b} more, {eq} {U}.",
        "Received items added: {eq}.", "The delivery brings it to {eq}.",
        "Adding them to the pile gives {eq} {U}.",
    ],
    "-": [
        "Less the {b} that went out: {eq}.", "Taking away {b}: {eq} {U} remain.",
        "Tally: {eq} {U} remain.", "Deduct {b}: {eq}.",
        "After those leave, {eq} {U} are left.", "Subtracting the outgoing {U}: {eq}.",
        "Minus {b}: {eq}.", "The count drops: {eq}.", "{eq} {U} remain after that.",
        "Removing {b} leaves {eq}.", "Outgoing items deducted: {eq} {U}.",
        "Tally: {eq} {U} remain on the books.",
    ],
    "*": [
        "That is {b} times as many: {eq}.", "Multiply by {b}: {eq} {U}.",
        "The stock grows {b}-fold: {eq}.", "Scaling up, {eq} {U}.",
        "{eq} {U} after the increase.", "Multiplying gives {eq}.", "Times {b}: {eq}.",
        "Tally: {eq} {U} after multiplying.",
    ],
    "/": [
        "Dividing by {b}: {eq}.", "One share is {eq} {U}.", "Split {b} ways: {eq}.",
        "{eq} {U} remain after the split.", "Divide by {b}: {eq}.",
        "Each portion is {eq}.", "Tally: {eq} {U} in the share that stays.",
        "Keeping one of the {b} shares: {eq}.",
    ],
}
STEP_MULC = ["Each {c} holds {b}, so {eq} {J}.", "{eq} {J} in all the {C}.",
             "Unpacking: {eq} {J}.", "Converting {C} to {J}: {eq}.",
             "Tally: {eq} {J} once the {C} are opened."]
STEP_DIVC = ["Packed {b} to a {c}: {eq} {C}.", "That fills {eq} {C}.",
             "Number of {C}: {eq}.", "Tally: {eq} {C} filled."]
STEP_EACH = ["Each {g} gets {eq} {U}.", "Per {g}: {eq}.", "Sharing among the {G}: {eq}.",
             "Tally per {g}: {eq} {U}."]
STEP_PROD = ["Starting stock: {eq} {U}.", "The {C} hold {eq} {U} altogether.",
             "Initially, {eq} {U}.", "{eq} {U} to begin with.", "Opening count: {eq}.",
             "At the outset there are {eq} {U}.", "First, {eq} {U} in the {C}.",
             "Tally: {eq} {U} at the start."]
STEP_TALLY = ["Tally: {eq} {U}.", "Tally: {eq} {U} on hand.", "Tally: {eq}.",
              "Tally: {eq} {U} in the ledger."]
NUMBER_PREFIX = ["{k}. ", "Line {k}: ", "({k}) ", "Step {k}: ", "Item {k}: "]

FINAL_T = [
    "Final count: {x}", "#### {x}", "Final count: {x} {U}.", "The answer is {x}.",
    "Answer: {x}", "So {An} {has} {x} {U} left.", "Please record {x} {U} in the ledger.",
    "Closing figure: {x}.", "{An} {ends} up with {x} {U}.",
    "The register should show {x} {U}.", "Total on hand: {x}.", "Hence, {x}.",
    "Result for the memo: {x} {U}.", "There are {x} {U} at the end.",
    "Tally complete: {x} {U}.", "Final count: {x} {U} on hand.",
]
FINAL_EACH = ["Each {g} gets {x} {U}.", "Each {g} receives {x}.", "#### {x}",
              "Final count per {g}: {x}", "Answer: {x} {U} per {g}.",
              "Final count: {x}"]

OPSYMS = [
    {"+": "+", "-": "-", "*": "*", "/": "/"},
    {"+": "+", "-": "−", "*": "×", "/": "÷"},
    {"+": "+", "-": "-", "*": "×", "/": "÷"},
    {"+": "+", "-": "-", "*": "×", "/": "/"},
]

CONT_OK = {
    "a01", "a03", "a07", "a08", "a14", "a21", "a23", "a25", "a28", "a31", "a32", "a33",
    "a35", "a36", "p01", "p03", "p04", "p07", "p08", "t03", "t05", "t07", "i01",
    "s04", "s08", "s10", "s27", "s29", "s30", "s33", "s40", "q04", "j01", "j04", "u02",
    "m02", "m12", "m15", "m22", "m04", "m08", "m09", "m11", "m16",
    "d01", "d03", "d05", "d07", "d13", "d23", "d25", "d04", "d10", "d28",
}
PRONOUNS = {"she", "he", "her", "him", "his", "they", "their", "it", "its", "them"}


def _has_pronoun(sentence):
    return any(w in PRONOUNS for w in re.findall(r"[a-z]+", sentence.lower()))


TOK = re.compile(r"\{(\w+)(?::([^{}]+))?\}")


def fill(t, ctx):
    def rep(m):
        k, arg = m.group(1), m.group(2)
        if k == "v":
            return conj(arg, ctx["tense"], ctx["plural"])
        if k == "vs":
            return conj(arg, ctx["tense"], False)
        if k == "vp":
            return conj(arg, ctx["tense"], True)
        if k == "pp":
            return pp(arg)
        if k == "be":
            return be_form(ctx["tense"], True)
        if k == "there":
            return there_form(ctx["tense"])
        return str(ctx[k])
    s = TOK.sub(rep, t)
    return s.replace("another a dozen", "another dozen")


def cap(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if ch.isdigit() or ch in "#(":
            return s
    return s


def poss(name):
    return name + "'" if name.endswith("s") and name.startswith("the ") else name + "'s"


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if b == 0 or a % b:
        return None
    return a // b


# ----------------------------------------------------------------------------
# Actor
# ----------------------------------------------------------------------------
def make_actor(rng, setting):
    S = SETTINGS[setting]
    r = rng.random()
    role = rng.choice(S["roles"])
    if r < 0.70:
        if rng.random() < 0.55:
            fem = rng.random() < 0.5
            title = rng.choice(["Mrs.", "Ms.", "Miss", "Dr."] if fem else ["Mr.", "Dr.", "Professor"])
            name = title + " " + rng.choice(SURNAMES)
        else:
            fem = rng.random() < 0.5
            name = rng.choice(FEMALE if fem else MALE)
        pro = ("she", "her", "her") if fem else ("he", "him", "his")
        if rng.random() < 0.5:
            intro = name + ", the " + role + ","
        elif rng.random() < 0.3:
            intro = "the " + role + ", " + name + ","
        else:
            intro = name
        return {"name": name, "intro": intro, "plural": False, "pro": pro,
                "short": "the " + role}
    if r < 0.85:
        name = rng.choice(S["orgs"]).replace("{T}", rng.choice(TOWNS))
        short = {"library": "the library", "museum": "the museum", "school": "the office"}[setting]
        return {"name": name, "intro": name, "plural": False,
                "pro": ("it", "it", "its"), "short": short}
    name = rng.choice(S["groupactors"])
    return {"name": name, "intro": name, "plural": True,
            "pro": ("they", "them", "their"), "short": name}


# ----------------------------------------------------------------------------
# Numbers of a problem
# ----------------------------------------------------------------------------
def _pick_add(rng, v):
    hi = min(999, 9999 - v)
    if hi < 2:
        return None
    r = rng.random()
    if r < 0.4:
        b = rng.randint(2, min(20, hi))
    elif r < 0.8:
        b = rng.randint(2, min(99, hi))
    else:
        b = rng.randint(2, min(hi, max(60, v)))
    return b


def _pick_sub(rng, v):
    hi = min(999, v - 2)
    if hi < 2:
        return None
    r = rng.random()
    if r < 0.35:
        b = rng.randint(2, min(20, hi))
    elif r < 0.75:
        b = rng.randint(2, max(2, min(hi, v // 2)))
    else:
        b = rng.randint(2, hi)
    return b


def _pick_mul(rng, v):
    if v < 1:
        return None
    opts = [m for m in range(2, 10) if v * m <= 9999]
    if not opts:
        return None
    w = [6 if m == 2 else 4 if m == 3 else 2 if m <= 5 else 1 for m in opts]
    return rng.choices(opts, w)[0]


def _pick_div(rng, v):
    opts = [d for d in range(2, 13) if v % d == 0 and v // d >= 2]
    if not opts:
        return None
    w = [5 if d == 2 else 4 if d == 3 else 2 for d in opts]
    return rng.choices(opts, w)[0]


def plan_problem(rng, n_changes, product, cat):
    """Returns dict with start info and list of changes (op, b, conv)."""
    # start
    if product:
        while True:
            a = rng.randint(2, 30) if rng.random() < 0.8 else rng.randint(2, 60)
            b = rng.randint(2, 60) if rng.random() < 0.8 else rng.randint(2, 150)
            if cat == "seat" and b > 30:
                continue
            if a * b <= 4000:
                break
        start = {"kind": "product", "a": a, "b": b, "value": a * b}
    else:
        r = rng.random()
        if r < 0.03:
            s = 1000
        elif r < 0.35:
            s = rng.choice([2, 3, 4, 5, 6, 8, 10, 12, 24]) * rng.randint(2, 40)
        elif r < 0.5:
            s = rng.randint(5, 40)
        else:
            s = rng.randint(20, 999)
        s = min(s, 999) if s != 1000 else s
        start = {"kind": "single", "value": s}
    cont_start = (not product) and cat in PACKABLE and rng.random() < 0.12 and start["value"] <= 200
    start["container_start"] = cont_start
    v = start["value"]
    changes = []
    conv_used = False
    unit_is_container = cont_start
    for i in range(n_changes):
        for _ in range(20):
            # a container start is opened (conversion multiply) somewhere
            if unit_is_container and not conv_used and (rng.random() < 0.5 or i == n_changes - 1):
                m = rng.randint(2, 60) if rng.random() < 0.7 else rng.randint(2, 12)
                if v * m <= 9999:
                    changes.append({"op": "*", "b": m, "conv": "open"})
                    v *= m
                    conv_used = True
                    unit_is_container = False
                    break
                continue
            op = rng.choices(["+", "-", "*", "/"], [3, 3.2, 1.4, 1.6])[0]
            if op == "+":
                b = _pick_add(rng, v)
            elif op == "-":
                b = _pick_sub(rng, v)
            elif op == "*":
                b = _pick_mul(rng, v) if v <= 1500 else None
            else:
                b = _pick_div(rng, v)
            if b is None:
                continue
            conv = None
            if op == "/" and not conv_used and not unit_is_container and cat in PACKABLE \
                    and rng.random() < 0.2 and b >= 3:
                conv = "pack"
                conv_used = True
                unit_is_container = True
            changes.append({"op": op, "b": b, "conv": conv})
            v = apply(op, v, b)
            break
        else:
            return None
    return {"start": start, "changes": changes}


# ----------------------------------------------------------------------------
# Rendering of the problem
# ----------------------------------------------------------------------------
def numtxt(rng, n, allow_dozen=True, word_p=1.0):
    if n == 12 and allow_dozen and rng.random() < 0.25:
        return "a dozen"
    if n <= 20 and rng.random() < 0.3 * word_p:
        return num_word(n)
    if n < 100 and rng.random() < 0.12 * word_p:
        return num_word(n)
    return str(n)


def render_problem(rng, plan, setting, cat, actor):
    S = SETTINGS[setting]
    items = rng.choice(ITEMS[cat])
    cont = rng.choice(CONTAINERS[cat])
    cont2 = rng.choice([c for c in CONTAINERS[cat] if c != cont] or CONTAINERS[cat])
    prep, place = rng.choice(S["places"])
    r = rng.random()
    tense = "past" if r < 0.55 else "pres" if r < 0.78 else "fut" if r < 0.9 else "perf"
    start = plan["start"]
    changes = plan["changes"]
    n = len(changes)
    used_keys = []
    # unit text per step (after step)
    units = []
    # the "each gets" question form for a final division that keeps the unit
    last = changes[-1]
    each_q = (last["op"] == "/" and last["conv"] is None and rng.random() < 0.45)
    group = rng.choice(S["groups"])

    base = {"P": place, "Pin": prep + " the " + place, "An": actor["name"], "Anp": poss(actor["name"]),
            "does": "do" if actor["plural"] else "does", "plural": actor["plural"],
            "g": group[0], "G": group[1], "c": cont[0], "C": cont[1]}

    def actor_ref(first=False, may_pronoun=True):
        if first:
            return actor["intro"]
        r2 = rng.random()
        if may_pronoun and r2 < 0.6:
            return actor["pro"][0]
        if r2 < 0.85 or actor["short"] == actor["name"]:
            return actor["name"]
        return actor["short"]

    def actor_obj(pmode):
        return actor["pro"][1] if pmode else actor["name"]

    def actor_poss(pmode):
        return actor["pro"][2] if pmode else poss(actor["name"])

    mentions = []  # numbers in order of mention (checker uses these only as a hint)
    sentences = []  # list of (text, is_actor_subject)

    # ---- start sentence
    st_tense = "pres" if tense in ("fut", "perf") else tense
    if start["kind"] == "product":
        key, t, order = rng.choice(PROD_T)
        if cat == "seat" and rng.random() < 0.6:
            key, t, order = rng.choice([p for p in PROD_T if p[0] in ("pr02", "pr01", "pr08", "pr06")])
        pa = numtxt(rng, start["a"], word_p=0.6)
        pb = numtxt(rng, start["b"], word_p=0.6)
        ctx = dict(base, tense=st_tense, A=actor_ref(first=True), pa=pa, pb=pb, I=items)
        text = fill(t, ctx)
        mentions += [start["a"], start["b"]] if order == "ab" else [start["b"], start["a"]]
        unit = items
        used_keys.append(key)
    elif start["container_start"]:
        key, t = rng.choice(CONT_START_T)
        ctx = dict(base, tense=st_tense, A=actor_ref(first=True), S=numtxt(rng, start["value"], word_p=0.5),
                   J=items, C=cont[1], c=cont[0])
        text = fill(t, ctx)
        mentions.append(start["value"])
        unit = cont[1]
        used_keys.append(key)
    else:
        key, t = rng.choice(START_T)
        ctx = dict(base, tense=st_tense, A=actor_ref(first=True), S=numtxt(rng, start["value"], word_p=0.5),
                   I=items)
        text = fill(t, ctx)
        mentions.append(start["value"])
        unit = items
        used_keys.append(key)
    starts_actor = key not in ("st06", "st07", "st14", "pr09", "pr10", "cs03")
    sentences.append([cap(text) + ".", starts_actor])
    if start["kind"] == "product":
        units.append(unit)

    last_actor_subject = starts_actor
    clauses = []
    for idx, ch in enumerate(changes):
        is_last = idx == n - 1
        op, b = ch["op"], ch["b"]
        c_tense = tense
        if tense == "perf" and op in "*/":
            c_tense = "past"
        if is_last and each_q:
            units.append(unit)
            mentions.append(b)
            clauses.append(None)
            break
        tags_ok = lambda tags: tags is None or cat in tags
        if ch["conv"] == "open":
            pool = MULC_T
        elif ch["conv"] == "pack":
            pool = DIVC_T
        elif op == "+":
            pool = ADD_T
        elif op == "-":
            pool = SUB_T
        elif op == "*":
            pool = MUL_T
        else:
            pool = DIV_T
        cands = [tp for tp in pool if tags_ok(tp[2]) and (tp[3] is None or tp[3] == b)]
        fixed = [tp for tp in cands if tp[3] is not None]
        if op in "*/" and ch["conv"] is None and fixed and rng.random() < 0.7:
            cands = fixed
        elif op in "*/" and ch["conv"] is None:
            cands = [tp for tp in cands if tp[3] is None] or cands
        if unit != items and ch["conv"] is None:
            # the unit is a container (boxes, cartons): only generic wordings
            cands = [tp for tp in cands if tp[0] in CONT_OK] or cands
        key, t, _tags, fx = rng.choice(cands)
        used_keys.append(key)
        may_pro = last_actor_subject
        if op in "+-":
            nt = numtxt(rng, b)
        else:
            nt = numtxt(rng, b, allow_dozen=False, word_p=1.5)
        if op == "-":
            o = rng.random()
            if o < 0.45:
                O = unit
            elif o < 0.8:
                O = "of them"
            else:
                O = "of the " + unit
        else:
            O = unit
        pmode = may_pro and rng.random() < 0.75
        aref = actor_ref(may_pronoun=may_pro)
        if aref == actor["pro"][0]:
            pmode = True
        ap = actor_poss(pmode)
        if "{A}" in t or "{Ao}" in t:
            ap = actor["pro"][2]  # second mention in the clause: pronoun
        ctx = dict(base, tense=c_tense, A=aref, Ao=actor_obj(pmode),
                   Ap=ap, n=nt, m=nt, d=nt, I=unit, O=O,
                   Tp=rng.choice(S["agents"]), Ds=rng.choice(S["donors"]))
        if ch["conv"] == "open":
            ctx["J"] = items
            ctx["C"] = unit
            ctx["c"] = cont[0]
        if ch["conv"] == "pack":
            ctx["c"], ctx["C"] = cont2
        text = fill(t, ctx)
        mentions.append(b)
        subj_actor = t.startswith("{A}")
        if ch["conv"] == "open":
            unit = items
        elif ch["conv"] == "pack":
            unit = cont2[1]
        units.append(unit)
        clauses.append([text, subj_actor, c_tense])
        last_actor_subject = subj_actor

    # ---- question
    q_ctx = dict(base, I=unit)
    if each_q:
        key, t = rng.choice(EACH_Q)
        used_keys.append(key)
        d = changes[-1]["b"]
        q_ctx["d"] = numtxt(rng, d, allow_dozen=False, word_p=1.5)
        question = cap(fill(t, q_ctx))
    else:
        qt = QUESTIONS_T["pres" if tense == "perf" else tense]
        if rng.random() < 0.5:
            t = rng.choice(QUESTIONS_NEUTRAL)
        else:
            t = rng.choice(qt)
        question = cap(fill(t, q_ctx))

    # ---- assemble clauses into sentences
    real = [c for c in clauses if c is not None]
    layout = "list" if (len(real) >= 2 and rng.random() < 0.12) else "prose"
    body = []
    if layout == "list":
        mk = rng.choice(["num", "letter", "dash"])
        lead = rng.choice(["Please note the following movements:", "Changes logged:",
                           "Movements recorded:", "The log shows:",
                           "The following changes were made:"])
        lines = [lead]
        for i, (text, _s, _t) in enumerate(real):
            m = {"num": "%d." % (i + 1), "letter": "(%s)" % "abcde"[i], "dash": "-"}[mk]
            lines.append(m + " " + cap(text) + ".")
        body_text = "\n".join(lines)
        body = [body_text]
    else:
        i = 0
        while i < len(real):
            text, subj, ct = real[i]
            if i + 1 < len(real) and rng.random() < 0.3:
                t2, s2, ct2 = real[i + 1]
                conns = [", and then ", "; later, ", " and afterwards ", ", after which ",
                         " before "]
                conn = rng.choice(conns)
                if ct != "fut" and rng.random() < 0.3:
                    sent = rng.choice(["After ", "Once "]) + text + ", " + t2
                else:
                    sent = text + conn + t2
                i += 2
            else:
                sent = text
                i += 1
            lead = ""
            rr = rng.random()
            if rr < 0.25 and not sent.startswith(("After ", "Once ")):
                lead = rng.choice(ADVERBIALS_FUT if ct == "fut" else ADVERBIALS)
            elif rr < 0.33 and not sent.startswith(("After ", "Once ")):
                lead = "Please note that "
            s = lead + sent if lead else sent
            body.append(cap(s) + ".")
    # ---- header and distractors
    out = []
    hdr = rng.random()
    if hdr < 0.12:
        out.append("Re: " + rng.choice(HEADER_SUBJECTS[cat]))
    elif hdr < 0.18:
        out.append("MEMO. To: all staff. Re: " + rng.choice(HEADER_SUBJECTS[cat]) + ".")
    elif hdr < 0.22:
        out.append("Circular from the " + rng.choice(S["roles"]) + ".")
    sents = [sentences[0][0]] + body
    # distractors: never directly before a clause that opens with a pronoun
    n_d = rng.choices([0, 1, 2], [0.55, 0.35, 0.10])[0]
    for _ in range(n_d):
        dtext = rng.choice(DISTRACTORS[setting])
        if dtext in sents:
            continue
        ok = [p for p in range(0, len(sents) + 1)
              if not _has_pronoun(sents[p] if p < len(sents) else question)]
        if layout == "list":
            ok = [p for p in ok if p == 0]
        if ok:
            sents.insert(rng.choice(ok), dtext)
    sep = "\n" if (out and rng.random() < 0.6) or layout == "list" else " "
    text = " ".join(out) + (sep if out else "") + " ".join(sents[:]) + (
        "\n" if layout == "list" else " ") + question
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    return {"text": text, "units": units, "items": items, "cont": cont, "cont2": cont2,
            "group": group, "each_q": each_q, "mentions": mentions, "keys": used_keys,
            "tense": tense, "layout": layout}


# ----------------------------------------------------------------------------
# Solutions and errors
# ----------------------------------------------------------------------------
def digits_swap(rng, x):
    s = str(x)
    opts = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
    if not opts:
        return None
    i = rng.choice(opts)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0" and len(t) > 1:
        return None
    return int(t)


def digit_nudge(rng, x):
    s = str(x)
    i = rng.randrange(len(s))
    d = int(s[i]) + rng.choice([-1, 1])
    if d < 0 or d > 9 or (i == 0 and d == 0 and len(s) > 1):
        return None
    return int(s[:i] + str(d) + s[i + 1:])


def no_carry_add(a, b):
    r, p = 0, 1
    while a or b:
        r += ((a % 10 + b % 10) % 10) * p
        a //= 10
        b //= 10
        p *= 10
    return r


def no_borrow_sub(a, b):
    r, p = 0, 1
    while a or b:
        r += abs(a % 10 - b % 10) * p
        a //= 10
        b //= 10
        p *= 10
    return r


def arith_cands(rng, a, op, b, c):
    cs = [c + 1, c - 1, c + 10, c - 10, digits_swap(rng, c), digit_nudge(rng, c)]
    if c >= 100:
        cs += [c + 100, c - 100]
    if op == "+":
        cs += [no_carry_add(a, b)] * 2
    elif op == "-":
        cs += [no_borrow_sub(a, b)] * 2
    elif op == "*":
        cs += [c + a, c - a, c + b, c - b]
    else:
        cs += [c + 1, c - 1]
    out = [x for x in cs if x is not None and x >= 0 and x != c and x <= 9999]
    rng.shuffle(out)
    return out


def operation_cands(a, op, b, c):
    alts = {"+": ["-", "*"], "-": ["+"], "*": ["+", "/"], "/": ["*", "-"]}[op]
    out = []
    for o in alts:
        if o == "*" and op == "+" and b > 12:
            continue
        r = apply(o, a, b)
        if r is None or r < 0 or r > 9999 or r == c:
            continue
        out.append((o, r))
    return out


def run_chain(first_a, eqs, idx, wrong):
    """eqs: true equations [(a, op, b)]. Returns written list [(a, op, b, c)] or None."""
    written = []
    prev = None
    for j, (a, op, b) in enumerate(eqs):
        if j < idx:
            c = apply(op, a, b)
            written.append((a, op, b, c))
            prev = c
        elif j == idx:
            written.append(wrong)
            prev = wrong[3]
        else:
            aa = prev
            c = apply(op, aa, b)
            if c is None or c < 0 or c > 9999:
                return None
            written.append((aa, op, b, c))
            prev = c
    return written


def build_solution(rng, plan, kind, pos):
    """Returns (written equations, final_number, label_index, error_kind) or None."""
    st = plan["start"]
    eqs = []
    if st["kind"] == "product":
        eqs.append((st["a"], "*", st["b"]))
        v = st["value"]
    else:
        v = st["value"]
    for ch in plan["changes"]:
        eqs.append((v, ch["op"], ch["b"]))
        v = apply(ch["op"], v, ch["b"])
    true_vals = []
    for (a, op, b) in eqs:
        true_vals.append(apply(op, a, b))
    E = len(eqs)
    truth = true_vals[-1]
    problem_nums = []
    if st["kind"] == "product":
        problem_nums += [st["a"], st["b"]]
    else:
        problem_nums.append(st["value"])
    problem_nums += [ch["b"] for ch in plan["changes"]]

    if kind == "none":
        written = [(a, op, b, apply(op, a, b)) for (a, op, b) in eqs]
        return written, truth, -1, "none"
    if kind == "answer":
        written = [(a, op, b, apply(op, a, b)) for (a, op, b) in eqs]
        cands = [truth + 1, truth - 1, truth + 10, truth - 10, digits_swap(rng, truth),
                 digit_nudge(rng, truth)]
        if E >= 2:
            cands += [true_vals[-2]] * 3
        cands = [x for x in cands if x is not None and x >= 0 and x != truth]
        if not cands:
            return None
        return written, rng.choice(cands), E, "answer"
    # equation error at position
    if pos == "first":
        idx = 0
    elif pos == "last":
        idx = E - 1
    else:
        if E < 3:
            return None
        idx = rng.randint(1, E - 2)
    a, op, b = eqs[idx]
    c = true_vals[idx]
    cands = []
    if kind == "arithmetic":
        cands = [(a, op, b, x) for x in arith_cands(rng, a, op, b, c)]
    elif kind == "operation":
        cands = [(a, o, b, r) for (o, r) in operation_cands(a, op, b, c)]
        rng.shuffle(cands)
    elif kind == "operand":
        bs = [x for x in problem_nums if x != b]
        bs += [digits_swap(rng, b), b + 10, b - 10 if b > 10 else None, b + 1, b - 1]
        bs = [x for x in bs if x is not None and x >= 1 and x != b and x <= 999]
        as_ = []
        if idx == 0 and st["kind"] == "single":
            as_ += [digits_swap(rng, a), a + 10, a - 10, digit_nudge(rng, a)]
        elif idx == 0:
            # product: misread factor a
            as_ += [digits_swap(rng, a), a + 1, a - 1] + [x for x in problem_nums[2:3]]
        else:
            first_i = 1 if st["kind"] == "product" else 0
            if idx - 1 >= first_i:
                # skipped the previous change: reused the value before it
                as_.append(eqs[idx - 1][0])
            as_ += [st["value"], digits_swap(rng, a), a + 10, a - 10]
        as_ = [x for x in as_ if x is not None and x >= 1 and x != a]
        for x in bs:
            r = apply(op, a, x)
            if r is not None and 0 <= r <= 9999 and r != c:
                cands.append((a, op, x, r))
        rng.shuffle(cands)
        acands = []
        for x in as_:
            r = apply(op, x, b)
            if r is not None and 0 <= r <= 9999 and r != c:
                acands.append((x, op, b, r))
        rng.shuffle(acands)
        if acands and (rng.random() < 0.3 or not cands):
            cands = acands + cands
        else:
            cands = cands + acands
    for w in cands[:12]:
        written = run_chain(None, eqs, idx, w)
        if written is None:
            continue
        return written, written[-1][3], idx, kind
    return None


def _eq_text(rng, w, syms, compact):
    a, op, b, c = w
    s = syms[op]
    if compact:
        return "%d%s%d=%d" % (a, s, b, c)
    return "%d %s %d = %d" % (a, s, b, c)


def render_steps(rng, plan, rend, written, final_num, actor):
    syms = rng.choice(OPSYMS)
    compact = rng.random() < 0.08
    style = rng.choices(["mixed", "tally", "terse", "numbered"], [0.5, 0.18, 0.14, 0.18])[0]
    numfmt = rng.choice(NUMBER_PREFIX)
    st = plan["start"]
    changes = plan["changes"]
    has = "have" if actor["plural"] else "has"
    ends = "end" if actor["plural"] else "ends"
    steps = []
    eq_meta = []
    offset = 1 if st["kind"] == "product" else 0
    for j, w in enumerate(written):
        eq = _eq_text(rng, w, syms, compact)
        unit = rend["units"][j]
        if j == 0 and st["kind"] == "product":
            pool = STEP_PROD if style != "tally" else STEP_TALLY
            ctx = {"eq": eq, "U": unit, "C": rend["cont"][1], "An": actor["name"], "has": has}
        else:
            ch = changes[j - offset]
            true_op = ch["op"]
            solver_op = w[1]
            is_each = rend["each_q"] and j == len(written) - 1
            if style == "terse":
                pool = ["{eq}", "{eq} {U}", "{eq} {U}.", "{eq}."]
            elif style == "tally":
                pool = STEP_TALLY
            elif solver_op != true_op:
                pool = STEP_NEUTRAL + STEP_OP[solver_op]
            elif ch["conv"] == "open":
                pool = STEP_MULC + STEP_NEUTRAL[:6]
            elif ch["conv"] == "pack":
                pool = STEP_DIVC
            elif is_each:
                pool = STEP_EACH
            else:
                pool = STEP_OP[solver_op] * 2 + STEP_NEUTRAL
            prev_unit = rend["units"][j - 1] if j > 0 else (rend["cont"][1] if st.get("container_start") else rend["items"])
            ctx = {"eq": eq, "U": unit, "b": w[2], "An": actor["name"], "has": has,
                   "g": rend["group"][0], "G": rend["group"][1], "J": unit,
                   "c": rend["cont"][0] if ch["conv"] == "open" else rend["cont2"][0],
                   "C": prev_unit if ch["conv"] == "open" else unit}
        t = rng.choice(pool)
        s = cap(fill(t, ctx))
        if style == "numbered":
            s = numfmt.replace("{k}", str(j + 1)) + s
        steps.append(s)
        eq_meta.append(w)
    unit = rend["units"][-1]
    if rend["each_q"]:
        ft = rng.choice(FINAL_EACH)
    else:
        ft = rng.choice(FINAL_T)
    fctx = {"x": final_num, "U": unit, "An": actor["name"], "has": has, "ends": ends,
            "g": rend["group"][0]}
    steps.append(cap(fill(ft, fctx)))
    return steps


# ----------------------------------------------------------------------------
# Top level
# ----------------------------------------------------------------------------
KINDS = ["arithmetic", "operand", "operation", "answer"]
POSITIONS = ["first", "middle", "last"]


def _one(rng, seed, i):
    if rng.random() < 0.45:
        kind, pos = "none", None
    else:
        kind = rng.choice(KINDS)
        pos = "final" if kind == "answer" else rng.choice(POSITIONS)
    for _attempt in range(400):
        setting = rng.choice(list(SETTINGS))
        cat = rng.choice(SETTINGS[setting]["cats"])
        product = rng.random() < 0.28
        lo = 1
        if pos == "middle":
            lo = 2 if product else 3
        elif pos == "last":
            lo = 1 if product else 2
        n_changes = rng.randint(lo, 5)
        plan = plan_problem(rng, n_changes, product, cat)
        if plan is None:
            continue
        sol = build_solution(rng, plan, kind, pos)
        if sol is None:
            continue
        written, final_num, label, ekind = sol
        actor = make_actor(rng, setting)
        rend = None
        for _r in range(6):
            rr = render_problem(rng, plan, setting, cat, actor)
            if len(rr["text"].split()) <= 90:
                rend = rr
                break
        if rend is None:
            continue
        steps = render_steps(rng, plan, rend, written, final_num, actor)
        truth = plan["start"]["value"]
        for ch in plan["changes"]:
            truth = apply(ch["op"], truth, ch["b"])
        rec = {
            "id": "genz-%d-%05d" % (seed, i),
            "problem": rend["text"],
            "steps": steps,
            "label": label,
            "final_answer_correct": final_num == truth,
            "error_kind": ekind,
        }
        meta = {"plan": plan, "written": written, "final": final_num, "pos": pos,
                "keys": rend["keys"], "mentions": rend["mentions"], "layout": rend["layout"],
                "setting": setting, "cat": cat, "each_q": rend["each_q"]}
        return rec, meta
    raise RuntimeError("could not build a record")


def _generate_with_meta(seed, count):
    rng = random.Random(seed)
    return [_one(rng, seed, i) for i in range(count)]


def generate(seed: int, count: int) -> list:
    return [r for r, _m in _generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
