"""Tiny-arith PRM data generator, register: clinic / pharmacy / vet surgery / care home.

generate(seed, count) -> list of records
  {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}

Internally every record is built from a small plan (start, changes, error) that
check.py re-derives and verifies; see _build().
"""
import json
import os
import random

# ---------------------------------------------------------------- vocabulary

FEMALE = """Ada Bronagh Ceinwen Dilys Esi Fenella Gwenllian Hafsa Ines Jolene Kezia Lowri Maeve Nkechi
Orla Perpetua Rosalind Siobhan Tamsin Ulla Vashti Wren Yetunde Zainab Agnieszka Beatriz Carys Delyth
Eilidh Faye Greer Imogen Joanna Kirsty Leonie Marisol Niamh Olwen Pauline Rhiannon Sunita Thandiwe
Valeria Winifred Xiomara Yvette Zofia Amara Bernadette Cressida Dorcas Elspeth Folake Gita Harriet
Isla Jacinta Kalinda Lorna Mirela Noreen Oonagh Philippa Rukhsana Saoirse Teodora Ursula Aoife
Blessing Constance Dagny Enid Floriana Grainne Hedda Ifeoma Juniper Krystyna Lilias Mavis Nerys Ottilie
Peninah Roisin Sigrid Tallulah Undine Verity Wilhelmina Yara Zuzana Annika Briony Clodagh Demelza Efua
Fionnuala Gudrun Henrietta Ildiko Jessamy Kamala""".split()

MALE = """Abdi Bartosz Cormac Declan Emeka Fergus Gethin Hamish Idris Jerome Kwabena Lachlan Mihai Nasir
Oisin Piotr Rafferty Sunil Tobias Uchenna Vikram Wilf Yusuf Zoltan Alun Brendan Caspar Dmitri Eamon
Florin Gideon Hugo Ivo Jonah Kasim Leopold Marek Niall Osman Percy Ruairi Stellan Tariq Ulrich
Vaughan Wojciech Xavi Yannick Zeb Anselm Bram Crispin Desmond Ellis Femi Gareth Horace Ibrahim
Jarvis Kenji Lorcan Mungo Nnamdi Obadiah Pradeep Quentin Rhodri Seamus Tiernan Aled Benedek Cillian
Dafydd Ezra Fintan Gbenga Hosea Ilario Jethro Kofi Lemuel Malachy Naveed Orrin Pascoe Radek Sakib Teague
Vilhelm Wystan Yorick Zacchaeus Amadou Bertie Cosmo""".split()

SURNAMES = """Okafor Lindqvist Fairbairn Achterberg Baptiste Castellanos Dunmore Eriksen Fitzgerald
Gallacher Haddad Iwu Jankowski Kavanagh Llewellyn Mensah Nakamura O'Rourke Pemberton Quigley Rahman
Szabo Trevelyan Urquhart Varga Whitlock Yilmaz Zielinski Abernethy Boateng Crowther Delacroix
Ekwueme Frobisher Grunwald Hollis Ingram Jovanovic Kowalczyk Lascelles McBride Nwosu Ogunleye
Penhaligon Rasmussen Sandoval Tremayne Underwood Vasquez Wainwright Yeboah Zamora""".split()

TITLES = ["Nurse", "Sister", "Dr", "Matron", "Charge Nurse", "Pharmacist", "Nurse Practitioner"]

# institutions / teams: (name, pronoun-subject, pronoun-object, present-tense ok)
PLACES = [
    "the pharmacy on Mill Lane", "Rosebank Care Home", "Larchfield Surgery", "the dispensary",
    "the night team", "Ward C", "the treatment room", "Hawthorn Lodge", "the vet surgery on Quay Street",
    "Brackenbury Veterinary Clinic", "the boarding kennels at Fernhill", "the cattery", "the practice",
    "the minor injuries unit", "Orchard View Nursing Home", "the out-of-hours clinic", "Kestrel Ward",
    "the community hub", "the district nursing team", "Ashgrove Pharmacy", "the chemist by the bus station",
    "Willowmead Residential Home", "the day unit", "Cobblestone Vets", "the health centre",
    "the walk-in centre", "Heron Bay Animal Hospital", "the reception desk", "the outpatient clinic",
    "the hospice shop", "Primrose Court", "the respite unit", "St Brannock's Ward",
]

# items: category -> list of (plural, short form for steps)
_STOCK_RAW = """tablets|tabs; capsules|caps; caplets; lozenges; sachets; ampoules; vials; syringes; needles;
cannulas; catheters; swabs; gauze pads|pads; plasters; bandages; crepe bandages|bandages; dressings;
sterile drapes|drapes; suture kits|kits; tongue depressors; specimen pots|pots; urine bottles|bottles;
sharps bins|bins; aprons; face masks|masks; visors; thermometer covers|covers; lancets; test strips|strips;
pregnancy tests|tests; inhalers; spacers; nebuliser masks|masks; nasal sprays|sprays; pessaries;
suppositories; patches; nicotine patches|patches; insulin pens|pens; pen needles|needles; sample tubes|tubes;
cotton buds|buds; wound closure strips|strips; saline pods|pods; enema packs|packs; pill pots|pots;
medicine cups|cups; dosette boxes|boxes; repeat slips|slips; prescription forms|scripts;
prescription bags|bags; leaflets; sick notes|notes; referral letters|letters; consent forms|forms;
appointment cards|cards; dispensing labels|labels; vitamin tablets|tabs; iron tablets|tabs;
antacid tablets|tabs; antihistamine tablets|tabs; antibiotic capsules|caps; painkillers;
sleeping tablets|tabs; laxative sachets|sachets; rehydration sachets|sachets; throat lozenges|lozenges;
tubes of cream|tubes; tubs of emollient|tubs; hearing-aid batteries|batteries; walking sticks|sticks;
incontinence pads|pads; bed pads|pads; pillowcases; bed sheets|sheets; blankets; towels; flannels;
denture pots|pots; beakers; feeding cups|cups; straws; yogurt pots|pots; biscuits; custard pots|pots;
jelly pots|pots; sandwiches; birthday cards|cards; jigsaw puzzles|puzzles; large-print books|books;
bingo cards|cards; zimmer frames|frames; slippers; hot-water bottles|bottles; laundry bags|bags;
name bands|bands; wristbands; call bells|bells; worming tablets|tabs; flea treatments|treatments;
flea collars|collars; tick removers|removers; bags of kibble|bags; tins of dog food|tins;
pouches of cat food|pouches; bags of cat litter|bags; chew sticks|sticks; dental chews|chews;
bags of rabbit pellets|bags; bales of hay|bales; cone collars|cones; slip leads|leads; muzzles;
kennel blankets|blankets; microchips|chips; vaccine doses|doses; cat carriers|carriers; treat bags|bags;
pill pockets|pockets; poo bags|bags; water bowls|bowls; feeding bowls|bowls; nail clippers|clippers;
grooming brushes|brushes; bottles of eye drops|bottles; bottles of ear drops|bottles; ointment tubes|tubes;
bottles of linctus|bottles; oral syringes|syringes; glucose tablets|tabs; ketone strips|strips;
glucose meters|meters; peak flow meters|meters; pulse oximeters|oximeters; blood pressure cuffs|cuffs;
ice packs|packs; heat packs|packs; finger splints|splints; arm slings|slings; eye pads|pads;
pairs of sterile gloves|pairs; bottles of hand gel|bottles; packets of wipes|packets;
clinical waste bags|bags; fluid charts|charts; drug charts|charts; pressure cushions|cushions;
commode liners|liners; mouth swabs|swabs; lip balms|balms; toothbrushes; denture tablets|tabs;
bottles of shampoo|bottles; bars of soap|bars; tubs of barrier cream|tubs; spare glasses cases|cases;
pots of thickener|pots; cartons of juice|cartons; nutrition drinks|drinks; pill crushers|crushers"""

STOCK_ITEMS = []
for _tok in _STOCK_RAW.replace("\n", " ").split(";"):
    _tok = _tok.strip()
    if not _tok:
        continue
    if "|" in _tok:
        _p, _s = _tok.split("|")
    else:
        _p, _s = _tok, _tok
    STOCK_ITEMS.append((_p.strip(), _s.strip()))
PILL_LIKE = {"tablets", "capsules", "caplets", "lozenges", "vitamin tablets", "iron tablets",
             "antacid tablets", "antihistamine tablets", "antibiotic capsules", "painkillers",
             "sleeping tablets", "throat lozenges", "worming tablets", "glucose tablets", "denture tablets"}

BEINGS_ITEMS = [("patients", "pts"), ("residents", "residents"), ("inpatients", "pts"),
                ("dogs", "dogs"), ("cats", "cats"), ("rabbits", "rabbits"), ("guinea pigs", "guinea pigs"),
                ("ferrets", "ferrets"), ("puppies", "pups"), ("kittens", "kittens"), ("tortoises", "tortoises"),
                ("budgies", "budgies"), ("hamsters", "hamsters"), ("ponies", "ponies"), ("parrots", "parrots"),
                ("day-care clients", "clients"), ("lurchers", "dogs"), ("spaniels", "dogs"),
                ("chinchillas", "chinchillas"), ("rats", "rats"), ("goats", "goats"), ("hens", "hens"),
                ("terriers", "dogs"), ("greyhounds", "dogs"), ("boarders", "boarders")]

BOOKINGS_ITEMS = [("appointments", "appts"), ("slots", "slots"), ("consultations", "consults"),
                  ("home visits", "visits"), ("flu jabs", "jabs"), ("vaccinations", "vaccs"),
                  ("blood tests", "bloods"), ("smear tests", "smears"), ("dressing changes", "dressings"),
                  ("callbacks", "callbacks"), ("phone consultations", "phone consults"),
                  ("health checks", "checks"), ("grooming sessions", "sessions"), ("nail clips", "clips"),
                  ("neutering operations", "ops"), ("physio sessions", "sessions"),
                  ("chiropody appointments", "appts"), ("hearing tests", "tests"), ("eye tests", "tests"),
                  ("medication reviews", "reviews"), ("repeat requests", "requests"),
                  ("dental checks", "checks"), ("booster jabs", "boosters"), ("ear syringing slots", "slots"),
                  ("baby clinic slots", "slots"), ("travel jab slots", "slots"), ("ECG slots", "ECGs"),
                  ("spirometry tests", "tests"), ("puppy checks", "checks"), ("weigh-ins", "weigh-ins")]

CONTAINERS = ["boxes", "cartons", "packs", "trays", "cases", "crates", "bags", "tubs", "bundles",
              "drawers", "shelves", "baskets", "sleeves", "outer boxes"]
PILL_CONTAINERS = ["blister packs", "strips", "pots", "bottles", "boxes", "packs"]
BEING_GROUPS = {"patients": ["bays", "wards", "side rooms"], "residents": ["wings", "corridors", "floors"],
                "inpatients": ["bays", "wards"]}
ANIMAL_GROUPS = ["blocks", "runs", "kennel rows", "pens", "rooms", "barns"]
BOOKING_GROUPS = ["clinics", "sessions", "doctors' lists", "mornings", "rotas", "vets' lists", "nurse lists"]

# ------------------------------------------------------------ number words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_word(n):
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] if o == 0 else TENS[t] + "-" + ONES[o]


def say(rng, n, pword=0.22):
    """Number as it appears in the problem text."""
    if n == 12 and rng.random() < 0.35:
        return "a dozen"
    if n <= 20 and rng.random() < pword + 0.1:
        return num_word(n)
    if n < 100 and n % 10 == 0 and rng.random() < pword:
        return num_word(n)
    if 20 < n < 100 and rng.random() < pword * 0.5:
        return num_word(n)
    return str(n)


def cap(s):
    return s[0].upper() + s[1:] if s else s


# ------------------------------------------------------------ event phrasing
# {S}=subject, {N}=number, {I}=item, {T}=them/the items
ADD = {
    "stock": {
        "act": ["received {N} {I} from the wholesaler", "took delivery of {N} {I}", "picked up {N} {I} from the main pharmacy",
                "ordered in {N} more {I}, which arrived on the afternoon van", "found {N} {I} at the back of the fridge",
                "unpacked {N} {I} from the new delivery", "was sent {N} {I} by the hospital stores",
                "topped the cupboard up with {N} {I}", "booked in {N} {I}", "restocked with {N} {I}",
                "borrowed {N} {I} from the ward next door", "collected {N} {I} from the depot",
                "got {N} {I} back from the district nurses", "added {N} {I} to the shelf",
                "brought in {N} {I} from the overflow store", "was handed {N} {I} by a rep",
                "fetched {N} {I} from the locked cabinet", "put away {N} {I} that had just come in",
                "dug out {N} {I} from the old stock drawer", "was given {N} {I} by the sister practice",
                "scrounged {N} {I} from theatres", "had {N} {I} returned unused by a patient",
                "bought {N} {I} from the cash-and-carry", "came back from stores with {N} {I}",
                "won {N} {I} in the supplier's raffle", "earned {N} free {I} on the loyalty scheme"],
        "pas": ["{N} {I} were delivered", "{N} {I} came in on the van", "{N} {I} arrived from the wholesaler",
                "{N} {I} were returned by a patient", "a further {N} {I} were booked into stock",
                "{N} {I} turned up in the post", "{N} {I} were transferred over from Ward B",
                "another {N} {I} were dropped off by the courier", "{N} {I} were added to the shelf",
                "{N} {I} were found in a box under the desk", "{N} spare {I} were sent down from the ward",
                "{N} {I} were donated by a family", "{N} more {I} were put in the cupboard"],
        "note": ["{N} {I} rec'd", "rec'd {N} {I} from pharmacy", "delivery in: {N} {I}", "{N} {I} booked in",
                 "{N} {I} returned to stock", "top-up of {N} {I} came"],
        "pres": ["receives {N} {I}", "gets {N} more {I} from stores", "takes in a delivery of {N} {I}",
                 "picks up {N} {I} on the way in", "is sent {N} {I} by the wholesaler", "adds {N} {I} to the shelf"],
    },
    "beings": {
        "act": ["admitted {N} more {I}", "took in {N} {I}", "checked in {N} {I}", "accepted {N} {I} from A&E",
                "welcomed {N} new {I}", "booked in {N} {I} for boarding", "received {N} {I} transferred from the county hospital",
                "had {N} {I} dropped off by their owners", "made room for {N} more {I}", "took {N} {I} from the rescue centre",
                "gained {N} {I} from the overflow ward", "picked up {N} {I} from the ambulance bay"],
        "pas": ["{N} {I} were admitted", "{N} {I} arrived", "{N} {I} were transferred in", "{N} {I} were brought in by their owners",
                "{N} more {I} were checked in", "{N} {I} came up from A&E", "{N} new {I} were booked in",
                "a further {N} {I} were dropped off", "{N} {I} were moved in from the respite unit",
                "{N} {I} came back from the day hospital"],
        "note": ["{N} {I} admitted", "{N} new {I} in", "+{N} {I} from A&E", "{N} {I} checked in", "{N} {I} transferred in"],
        "pres": ["admits {N} more {I}", "takes in {N} {I}", "checks in {N} {I}", "accepts {N} {I} from A&E"],
    },
    "bookings": {
        "act": ["booked {N} more {I}", "added {N} {I} to the list", "squeezed in {N} extra {I}", "fitted in {N} urgent {I}",
                "took {N} new {I} over the phone", "opened up {N} more {I}", "put {N} {I} on the system",
                "logged {N} online {I}", "added {N} walk-in {I}", "slotted in {N} {I} from the waiting list",
                "took {N} {I} at the front desk", "rebooked {N} {I} from last week into the list"],
        "pas": ["{N} {I} were booked", "{N} more {I} were added", "{N} {I} came in online", "{N} {I} were booked by phone",
                "{N} extra {I} were squeezed in", "{N} {I} were added from the waiting list", "{N} urgent {I} were fitted in",
                "another {N} {I} were put on the system"],
        "note": ["{N} {I} added", "+{N} {I} booked", "{N} {I} booked online", "{N} walk-in {I} added"],
        "pres": ["books {N} more {I}", "adds {N} {I} to the list", "squeezes in {N} extra {I}", "takes {N} new {I} by phone"],
    },
}

SUB = {
    "stock": {
        "act": ["dispensed {N} of {T}", "gave out {N} {I}", "used {N} of {T} on the morning round", "issued {N} {I} to Ward B",
                "binned {N} {I} that had expired", "sent {N} of {T} up to theatres", "handed {N} {I} to the district nurse",
                "wasted {N} {I} when the tray was dropped", "returned {N} {I} to the supplier", "administered {N} of {T}",
                "lent {N} {I} to the practice next door", "took {N} of {T} out for the home visits",
                "packed {N} {I} into dosette boxes", "sold {N} {I} over the counter", "threw out {N} damaged {I}",
                "donated {N} {I} to the hospice", "used up {N} {I} on the dressings clinic", "gave {N} {I} away",
                "spilled {N} of {T} on the floor", "broke {N} of {T}", "counted {N} of {T} out for the care home",
                "put {N} {I} aside for a patient collecting later", "sent {N} {I} back as faulty",
                "got through {N} {I} before lunch", "lost {N} of {T} somewhere on the ward", "destroyed {N} {I} with a witness"],
        "pas": ["{N} {I} were dispensed", "{N} {I} were given out", "{N} of {T} were used", "{N} {I} were issued to the wards",
                "{N} {I} were binned as out of date", "{N} {I} were sent to the branch", "{N} of {T} went missing",
                "{N} {I} were taken by the night staff", "{N} {I} were collected by patients", "{N} of {T} were damaged in transit",
                "{N} {I} were returned to pharmacy", "{N} {I} were used on the evening round", "{N} of {T} were sold"],
        "note": ["{N} {I} d/c'd from stock", "{N} {I} issued", "{N} {I} used", "{N} {I} dispensed", "{N} {I} binned (expired)",
                 "{N} {I} out to Ward B", "{N} {I} wasted"],
        "pres": ["dispenses {N} of {T}", "gives out {N} {I}", "uses {N} of {T}", "issues {N} {I} to the wards",
                 "sends {N} {I} back", "bins {N} out-of-date {I}"],
    },
    "beings": {
        "act": ["discharged {N} {I}", "sent {N} {I} home", "transferred {N} {I} to the county hospital",
                "handed {N} {I} back to their owners", "moved {N} {I} across to the step-down unit",
                "released {N} {I} after their checks", "let {N} {I} go home with their families",
                "waved off {N} {I}", "sent {N} of {T} to the isolation block", "passed {N} {I} to the rehoming team"],
        "pas": ["{N} {I} were discharged", "{N} {I} went home", "{N} {I} were collected by their owners",
                "{N} of {T} were transferred out", "{N} {I} were d/c'd", "{N} {I} left after lunch",
                "{N} of {T} were moved to another ward", "{N} {I} were picked up", "{N} {I} were sent to the rescue centre",
                "{N} of {T} went back to their own homes"],
        "note": ["{N} {I} d/c'd", "{N} {I} home", "{N} {I} collected", "{N} {I} transferred out", "{N} {I} to step-down"],
        "pres": ["discharges {N} {I}", "sends {N} {I} home", "transfers {N} of {T} out", "hands {N} {I} back to owners"],
    },
    "bookings": {
        "act": ["cancelled {N} of {T}", "moved {N} {I} to next week", "struck off {N} {I}", "lost {N} {I} to the IT outage",
                "took {N} {I} off the list", "pushed {N} {I} back to Friday", "gave {N} {I} away to the locum",
                "deleted {N} duplicate {I}", "freed up {N} {I}", "rebooked {N} of {T} elsewhere"],
        "pas": ["{N} {I} were cancelled", "{N} of {T} were moved to another day", "{N} {I} were DNA'd",
                "{N} {I} were dropped", "{N} of {T} were rebooked at the branch", "{N} {I} were called off",
                "{N} {I} were struck off", "{N} of {T} fell through", "{N} {I} were lost when the system crashed",
                "{N} {I} were handed over to the other clinic"],
        "note": ["{N} {I} cancelled", "{N} {I} DNA", "{N} {I} moved", "{N} {I} cx'd", "{N} {I} off the list"],
        "pres": ["cancels {N} of {T}", "moves {N} {I} to next week", "takes {N} {I} off the list", "strikes off {N} {I}"],
    },
}

MUL_GENERIC = ["the number of {I} became {N} times larger", "the {I} were multiplied {N} times by the new order",
               "{S} ended up with {N} times the number of {I}", "the pile of {I} grew to {N} times its old size",
               "after the restock the {I} numbered {N} times as many as before",
               "the figure for {I} was scaled up by a factor of {N}", "the count of {I} went to {N} times the earlier figure",
               "there came to be {N} times more {I} than at the last count", "the {I} on the sheet were {N} times the old tally",
               "{S} found the total of {I} had become {N} times as large", "the {I} figure jumped to {N} times what it was", "there were soon {N} times as many {I}",
               "the count of {I} was multiplied by {N}", "the tally grew to {N} times what it had been",
               "the total went up {N} times over", "that figure ended up {N} times as big",
               "the {I} count rose to {N} times its size", "the numbers grew {N} times over"]
MUL_CAT = {
    "stock": ["a bulk order left {S} with {N} times as many {I}", "{S} multiplied the stock of {I} by {N} ahead of the winter",
              "the winter top-up made the stock of {I} {N} times bigger", "the supplier sent enough to make it {N} times as many {I}"],
    "beings": ["over the bank holiday the number of {I} became {N} times larger",
               "after the outbreak there were {N} times as many {I}"],
    "bookings": ["after the reminder texts went out there were {N} times as many {I}",
                 "bookings of {I} rose to {N} times the figure"],
}
MUL2 = ["the number of {I} doubled", "{S} saw the {I} double", "the {I} on hand doubled after the order came",
        "{S} ended up with double the {I}", "{S} doubled the stock of {I}", "there were twice as many {I} by the evening",
        "the count of {I} doubled overnight", "the {I} on the list doubled", "that number was doubled"]
MUL3 = ["the number of {I} tripled", "{S} ended up with triple the {I}", "the stock of {I} trebled", "the {I} count tripled after the big delivery",
        "that figure trebled"]
MUL_NOTE = ["{I} x{N} after bulk order", "{I} multiplied by {N} (bulk order)"]

DIV_KEEP = {
    "stock": ["{S} split the {I} equally into {N} trays and kept just a single tray",
              "the {I} were shared equally among {N} wards, and only this ward's share stayed",
              "{S} divided {T} equally between {N} branches and kept the share for this branch",
              "{S} shared {T} out evenly over {N} trolleys and kept the trolley for the day room",
              "{T} were sorted into {N} equal lots and all but a single lot went to the other sites",
              "the {I} were split into {N} even batches and only the batch for this surgery was kept",
              "{S} parcelled {T} into {N} equal bags and kept only the bag for the clinic room",
              "{T} were portioned out equally to {N} satellite clinics, leaving just this clinic's portion"],
    "beings": ["the {I} were divided equally into {N} groups and only the group on this floor is counted from then on",
               "the {I} were split evenly across {N} units and just this unit's share stayed",
               "{S} spread {T} equally over {N} blocks and kept only the block nearest the desk on the list"],
    "bookings": ["the {I} were shared out equally among {N} clinicians and only Dr Mensah's share stayed on this list",
                 "the {I} were divided evenly between {N} sites and just this site's share was kept",
                 "{S} split {T} equally across {N} days and kept only Monday's share on the sheet"],
}
DIV2 = ["half of the {I} were sent to the other site", "{S} passed half of {T} on to the sister practice",
        "the {I} count was halved when the annexe took its share", "half the {I} were boxed up for the other branch", "the {I} were halved", "{S} halved the {I}",
        "half of {T} went to the branch surgery", "{S} sent half of {T} over to the annexe",
        "the stock of {I} was cut in half", "half the {I} were moved elsewhere"]
DIV3 = ["only a third of the {I} were kept and the rest went back", "{S} held on to a third of {T}", "{S} kept a third of {T} and sent the rest away",
        "a third of the {I} stayed and the remainder went to the annexe"]
DIV_EACH = {
    "stock": [("{S} shared {T} equally among {N} wards", "ward"), ("{S} split {T} equally into {N} trays", "tray"),
              ("the {I} were divided evenly between {N} nurses", "nurse"), ("{T} were shared out equally over {N} trolleys", "trolley"),
              ("{S} cut the supply into {N} equal portions", "portion"), ("{T} were split equally among {N} care homes", "care home")],
    "beings": [("the {I} were split equally into {N} bays", "bay"), ("{S} divided {T} equally among {N} runs", "run"),
               ("the {I} were shared evenly between {N} nurses", "nurse"), ("{T} were put equally into {N} groups", "group")],
    "bookings": [("the {I} were shared equally among {N} doctors", "doctor"), ("{S} split {T} evenly between {N} vets", "vet"),
                 ("the {I} were divided equally across {N} sessions", "session"), ("{T} were spread evenly over {N} days", "day")],
}

TIMES = ["At the start of the early shift", "Mid-morning", "Just before the ward round", "After lunch",
         "On the evening round", "By teatime", "Overnight", "Just before handover", "Later that day",
         "First thing", "During the afternoon clinic", "At the weekend", "On Monday", "By the end of the week",
         "After the drug round", "Around suppertime", "Early on Tuesday", "Before the pharmacy closed",
         "While the locum was in", "Late in the night shift", "After that", "Then", "Later", "Next"]

DISTRACT = ["It was a wet Tuesday and the waiting room smelled of damp coats.", "The fridge alarm went off again, but the temperature was fine.",
            "A pt in bay C asked for more tea.", "The locum was running late.", "Nobody had restocked the printer paper.",
            "The phones did not stop all morning.", "A spaniel howled in the kennels the whole time.",
            "The CD register was signed and witnessed.", "Matron was on leave.", "The lift was out of order again.",
            "It snowed lightly after lunch.", "The new receptionist was still learning the booking system.",
            "A grateful family dropped off chocolates for the staff.", "The heating in the day room was too high.",
            "The audit was due on Friday.", "Someone had left the hoist in the corridor.",
            "The cat in the end pen would not eat.", "Handover was done at the nurses' station.",
            "The delivery driver was very apologetic.", "Everyone was glad when the shift ended.",
            "The parrot in recovery kept whistling.", "The GP was called away to a home visit.",
            "The stock sheet had coffee spilled on it.", "A resident's daughter rang twice for news.",
            "It was bingo afternoon in the lounge.", "The pharmacy van was late.", "Pt in side room slept all day.",
            "The practice manager was doing the rota."]
# "twice" above would be read as a number: keep distractors number-free
DISTRACT = [d for d in DISTRACT if "twice" not in d]

Q = {
    "stock": ["How many {I} are left?", "How many {I} does {S} have now?", "How many {I} are in stock at handover?",
              "What is the count of {I} at the end of the shift?", "How many {I} should go on the stock sheet?",
              "How many are there now?", "How many remain?", "How many {I} were left in the cupboard?",
              "What figure should be written in the stock book?", "How many {I} are there at the end?",
              "At close, how many {I} are on the shelf?", "Please work out the closing count of {I}.",
              "What should the tally read?"],
    "beings": ["How many {I} are there now?", "How many {I} remain?", "How many {I} are on the list at handover?",
               "How many beds are taken by {I} at the end?", "What is the headcount of {I} now?",
               "How many {I} are still in?", "How many {I} were there by the end?", "How many are there at close?"],
    "bookings": ["How many {I} are still booked?", "How many {I} are on the list now?", "How many {I} remain?",
                 "How many {I} does the diary show at the end?", "What is the final number of {I}?",
                 "How many are still in the book?", "How many {I} were left on the system?"],
}

STEP_GENERIC = ["{E}", "{E}.", "{E} {i}.", "So {E}.", "Then {E}.", "Now {E} {i}.", "Running total: {E}.", "Count: {E}.",
                "Next, {E}.", "That gives {E}.", "{E} {i} now.", "Tally: {E} {i}.", "New total {E}.", "We get {E}.",
                "Working: {E}.", "Check: {E} {i}."]
STEP_FIRST = ["Start from the opening count: {E}.", "Opening figure first: {E}.", "From the start figure, {E}.",
              "Begin with what was there: {E} {i}."]
STEP_OP = {
    "+": ["Add the new ones: {E}.", "After the additions, {E} {i}.", "Plus the extra: {E}.", "In: {E} {i}.",
          "Adding on, {E}.", "With the additions, {E} {i}.", "Top-up: {E}."],
    "-": ["Take off the ones gone: {E}.", "Less those out: {E} {i}.", "Minus what went: {E}.", "Out: {E} {i} left.",
          "After removing them, {E}.", "Subtract: {E}.", "Deduct: {E} {i} remain."],
    "*": ["Multiply up: {E}.", "Scaled up, {E} {i}.", "Times the factor: {E}.", "Multiplying, {E}.", "Grown: {E} {i}."],
    "/": ["Share out: {E}.", "Divide: {E} {i}.", "One share: {E}.", "Splitting, {E}.", "Per share, {E} {i}."],
}
STEP_PRODUCT = ["Check: {E} {i}.", "Containers times contents: {E}.", "Start: {E} {i} in total.",
                "First the total: {E}.", "Opening count is {E} {i}.", "Multiply packs by contents: {E}."]
FINAL = ["#### {A}", "Answer: {A}", "The answer is {A}.", "So {A} {i} are left.", "{A} {i} at handover.",
         "Final count: {A} {i}.", "That leaves {A}.", "Total at the end: {A}.",
         "So the answer is {A} {i}.", "There are {A} {i} now.", "Handover figure: {A}."]
FINAL_CAT = {"stock": ["Stock sheet should read {A}.", "{A} {i} in the cupboard.", "Closing stock: {A} {i}.",
                        "So {A} {i} on the shelf."],
             "beings": ["{A} {i} in at the end.", "Headcount now {A}.", "So {A} remain."],
             "bookings": ["{A} {i} still booked.", "Diary shows {A}.", "So {A} {i} on the list."]}
FINAL_EACH = ["Each {r} gets {A} {i}.", "So {A} per {r}.", "#### {A}", "Answer: {A} each.", "That is {A} {i} for each {r}."]

OPSYM = {"+": ["+"], "-": ["-", "−"], "*": ["*", "×"], "/": ["/", "÷"]}


# ------------------------------------------------------------ arithmetic
def apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        if b == 0 or a % b:
            return None
        return a // b
    raise ValueError(op)


def swap_digits(n, rng):
    s = str(n)
    if len(s) < 2:
        return None
    i = rng.randrange(len(s) - 1)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0" and len(t) > 1:
        return None
    return int(t)


def digit_change(n, rng):
    s = list(str(n))
    i = rng.randrange(len(s))
    d = int(s[i]) + rng.choice([-1, 1])
    if d < 0 or d > 9 or (i == 0 and d == 0 and len(s) > 1):
        return None
    s[i] = str(d)
    return int("".join(s))


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str((x + y) % 10))
    return int("".join(out[::-1]))


def no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(x - y)))
    return int("".join(out[::-1]))


def slip_result(a, op, b, t, rng):
    """Plausible wrong results for a op b (true t)."""
    c = [t + 1, t - 1, t + 10, t - 10, swap_digits(t, rng), digit_change(t, rng), digit_change(t, rng)]
    if t >= 100:
        c += [t + 100, t - 100]
    if op == "+":
        c += [no_carry_add(a, b)] * 2
    if op == "-":
        c += [no_borrow_sub(a, b)] * 2
    if op == "*":
        c += [t + a, t - a, t + b, t - b]
    if op == "/":
        c += [t + 1, t - 1]
    return [x for x in c if x is not None and x >= 0 and x != t]


# ------------------------------------------------------------ plan generation
def _make_chain(rng):
    """Returns (start_spec, changes, true_values) or None."""
    n = rng.choices([1, 2, 3, 4, 5], weights=[14, 24, 26, 20, 16])[0]
    product = rng.random() < 0.22
    if product:
        f1 = rng.randint(2, 24)
        f2 = rng.choice([rng.randint(2, 30), rng.choice([6, 8, 10, 12, 14, 20, 24, 28, 30, 50, 100])])
        start_val = f1 * f2
        if start_val > 9999:
            return None
        start = ("prod", f1, f2)
    else:
        r = rng.random()
        if r < 0.35:
            v = rng.randint(5, 60)
        elif r < 0.75:
            v = rng.randint(20, 300)
        elif r < 0.97:
            v = rng.randint(100, 999)
        else:
            v = 1000
        if rng.random() < 0.35:
            v = rng.choice([2, 4, 6, 12, 10, 20, 24]) * max(1, v // rng.choice([2, 4, 6, 12, 10, 20, 24]))
            v = max(5, min(v, 999))
        start = ("num", v)
        start_val = v
    cur = start_val
    changes = []
    vals = [start_val]
    for k in range(n):
        ops = ["+", "-", "*", "/"]
        w = [34, 36, 14, 16]
        op = rng.choices(ops, weights=w)[0]
        if op == "+":
            hi = max(5, min(999, cur // 2 + 20))
            b = rng.randint(2, hi)
        elif op == "-":
            if cur < 4:
                return None
            b = rng.randint(2, min(999, cur - 1 if rng.random() < 0.9 else cur))
        elif op == "*":
            if cur == 0:
                return None
            maxf = min(10, 9999 // cur)
            if maxf < 2:
                return None
            b = rng.choice([2, 2, 2, 3, 3] + list(range(2, maxf + 1)))
            if b > maxf:
                b = 2
        else:
            divs = [d for d in range(2, 13) if cur % d == 0 and cur // d >= 1]
            if not divs:
                return None
            b = rng.choice(divs + [d for d in divs if d in (2, 3)])
        nv = apply(cur, op, b)
        if nv is None or nv < 0 or nv > 9999:
            return None
        changes.append((op, b))
        vals.append(nv)
        cur = nv
    return start, changes, vals


def _equations(start, changes, vals):
    """True equation list (a, op, b, c)."""
    eqs = []
    if start[0] == "prod":
        eqs.append((start[1], "*", start[2], start[1] * start[2]))
    for i, (op, b) in enumerate(changes):
        eqs.append((vals[i], op, b, vals[i + 1]))
    return eqs


def _problem_numbers(start, changes):
    nums = [start[1], start[2]] if start[0] == "prod" else [start[1]]
    return nums + [b for _, b in changes]


def _make_error(rng, kind, start, changes, vals):
    """Returns (written equations, final stated, label, err_step_eq_index) or None."""
    true_eqs = _equations(start, changes, vals)
    n_eq = len(true_eqs)
    answer = vals[-1]
    if kind == "none":
        return [tuple(e) for e in true_eqs], answer, -1
    if kind == "answer":
        cands = [answer + 1, answer - 1, answer + 10, answer - 10, swap_digits(answer, rng), digit_change(answer, rng)]
        if n_eq >= 2:
            cands += [true_eqs[-1][0]] * 2  # copied the previous total
        cands += [true_eqs[-1][2]]  # wrote the last change's number
        cands = [c for c in cands if c is not None and c >= 0 and c != answer]
        if not cands:
            return None
        return [tuple(e) for e in true_eqs], rng.choice(cands), n_eq
    # choose position: first / middle / last equation
    cats = ["first"] + (["middle"] if n_eq >= 3 else []) + (["last"] if n_eq >= 2 else [])
    cat = rng.choices(cats, weights={1: [1], 2: [1, 1.2]}.get(n_eq, [1, 1.8, 1.2]))[0]
    if cat == "first":
        pos = 0
    elif cat == "last":
        pos = n_eq - 1
    else:
        pos = rng.randint(1, n_eq - 2)
    a, op, b, t = true_eqs[pos]
    pnums = _problem_numbers(start, changes)
    options = []
    if kind == "arithmetic":
        for c in slip_result(a, op, b, t, rng):
            options.append((a, op, b, c))
    elif kind == "operand":
        # wrong b
        bc = [x for x in pnums if x != b] + [b + 1, b - 1, b + 10, b - 10, swap_digits(b, rng)]
        for bb in bc:
            if bb is None or bb < 1 or bb == b:
                continue
            if op == "/" and bb < 2:
                continue
            c = apply(a, op, bb)
            if c is None or c < 0 or c > 99999 or c == t:
                continue
            options.append((a, op, bb, c))
        # wrong a
        ac = [a + 10, a - 10, swap_digits(a, rng), a + 1, a - 1]
        if pos >= 1:
            ac += [vals[0]] * 2  # restarted from the opening count
            if pos >= 2:
                ac += [true_eqs[pos - 2][2]]  # stale total
        elif start[0] == "num":
            ac += [x for x in pnums[1:]]
        for aa in ac:
            if aa is None or aa < 0 or aa == a:
                continue
            c = apply(aa, op, b)
            if c is None or c < 0 or c > 99999 or c == t:
                continue
            options.append((aa, op, b, c))
    elif kind == "operation":
        alt = {"+": ["-", "-", "*"], "-": ["+", "+", "/"], "*": ["+", "+", "/"], "/": ["-", "-", "*"]}[op]
        for o in alt:
            if o == "*" and b > 12:
                continue
            c = apply(a, o, b)
            if c is None or c < 0 or c > 9999 or c == t:
                continue
            options.append((a, o, b, c))
    rng.shuffle(options)
    for wrong in options:
        written = [tuple(e) for e in true_eqs[:pos]] + [wrong]
        cur = wrong[3]
        ok = True
        for (_, o, bb, _) in true_eqs[pos + 1:]:
            c = apply(cur, o, bb)
            if c is None or c < 0 or c > 99999:
                ok = False
                break
            written.append((cur, o, bb, c))
            cur = c
        if ok:
            return written, cur, pos
    return None


# ------------------------------------------------------------ rendering
class Subject:
    def __init__(self, rng):
        r = rng.random()
        if r < 0.4:
            self.name = rng.choice(FEMALE + MALE)
            self.pron = "she" if self.name in FEMALE else "he"
            if rng.random() < 0.25:
                self.pron = "they"
        elif r < 0.7:
            self.name = rng.choice(TITLES) + " " + rng.choice(SURNAMES)
            if rng.random() < 0.3:
                self.name = rng.choice(FEMALE + MALE) + " " + rng.choice(SURNAMES)
            self.pron = rng.choice(["she", "he", "they"])
        else:
            self.name = rng.choice(PLACES)
            self.pron = "they" if self.name.startswith("the ") and "team" in self.name else "it"
        self.plural_pron = self.pron == "they"

    introduced = False

    def ref(self, rng, first):
        if first or not self.introduced or rng.random() < 0.45:
            self.introduced = True
            return self.name
        return self.pron


def _pick_category(rng):
    r = rng.random()
    if r < 0.6:
        return "stock"
    if r < 0.8:
        return "beings"
    return "bookings"


def _render(rng, start, changes, want_each):
    cat = _pick_category(rng)
    if cat == "stock":
        item, short = rng.choice(STOCK_ITEMS)
    elif cat == "beings":
        item, short = rng.choice(BEINGS_ITEMS)
    else:
        item, short = rng.choice(BOOKINGS_ITEMS)
    subj = Subject(rng)
    style = rng.choices(["story", "notes", "present"], weights=[55, 25, 20])[0]
    if style == "present" and subj.plural_pron:
        style = "story"
    sents = []
    # ---- opening
    if start[0] == "prod":
        f1, f2 = say(rng, start[1]), say(rng, start[2])
        if cat == "stock":
            cont = rng.choice(PILL_CONTAINERS if item in PILL_LIKE else CONTAINERS)
        elif cat == "beings":
            cont = rng.choice(BEING_GROUPS.get(item, ANIMAL_GROUPS))
        else:
            cont = rng.choice(BOOKING_GROUPS)
        forms = ["{S} had {a} {c} of {b} {I}", "there were {a} {c} with {b} {I} in each",
                 "{S} started with {a} {c}, each holding {b} {I}", "{a} {c} of {b} {I} were counted at the start",
                 "the opening check found {a} {c} with {b} {I} apiece", "{S} counted {a} full {c}; each has {b} {I}"]
        if style == "present":
            forms = ["{S} has {a} {c} of {b} {I}", "there are {a} {c} with {b} {I} in each",
                     "{S} starts the day with {a} {c}, each holding {b} {I}"]
        if style == "notes":
            forms = ["stock check: {a} {c} of {b} {I}", "opening: {a} {c} with {b} {I} each",
                     "{a} {c}, {b} {I} in each, at start of shift"]
        s = rng.choice(forms)
        subj.introduced = "{S}" in s
        s = s.format(S=subj.name, a=f1, b=f2, c=cont, I=item)
    else:
        v = say(rng, start[1], 0.15)
        forms = ["{S} had {n} {I}", "{S} started the shift with {n} {I}", "there were {n} {I} on the shelf",
                 "at the morning count there were {n} {I}", "{S} counted {n} {I}", "{n} {I} were in the cupboard when {S} came on",
                 "the book showed {n} {I} at the start", "{S} began the week with {n} {I}",
                 "{S} was holding {n} {I}"]
        if cat == "beings":
            forms = ["{S} had {n} {I}", "there were {n} {I} in at the start of the shift", "{S} began the day with {n} {I}",
                     "{n} {I} were on the board at handover", "{S} was looking after {n} {I}", "the list showed {n} {I}"]
        if cat == "bookings":
            forms = ["{S} had {n} {I} in the diary", "there were {n} {I} booked for Monday", "{n} {I} were on the list first thing",
                     "the system showed {n} {I}", "{S} started the week with {n} {I} booked"]
        if style == "present":
            forms = ["{S} has {n} {I}", "there are {n} {I} at the start", "{S} starts with {n} {I}", "the count stands at {n} {I}"]
        if style == "notes":
            forms = ["opening count: {n} {I}", "start of shift: {n} {I}", "{n} {I} on the sheet at start", "{S}: {n} {I} b/f"]
        s = rng.choice(forms)
        subj.introduced = "{S}" in s
        s = s.format(S=subj.name, n=v, I=item)
    sents.append(cap(s) + ".")
    if rng.random() < 0.35:
        sents.append(rng.choice(DISTRACT))
    # ---- changes
    recip = None
    clauses = []
    for k, (op, b) in enumerate(changes):
        nword = say(rng, b)
        S = subj.ref(rng, False)
        them = rng.choice(["them", "them", "the " + item])
        them_s = "they" if them == "them" else them
        last = k == len(changes) - 1
        if op == "+" or op == "-":
            table = (ADD if op == "+" else SUB)[cat]
            if style == "notes":
                key = rng.choice(["note", "note", "pas"])
            elif style == "present":
                key = rng.choice(["pres", "pres", "pres"])
                S = subj.name if subj.plural_pron else S
            else:
                key = rng.choice(["act", "act", "pas"])
            tpl = rng.choice([t for t in table[key] if _fits(t, cat, item)])
            if key in ("act", "pres"):
                tpl = "{S} " + tpl
            if "+{N}" in tpl:
                nword = str(b)
            cl = tpl.format(S=S, N=nword, I=item, T=them)
        elif op == "*":
            pool = list(MUL_GENERIC) + MUL_CAT[cat]
            if b == 2:
                pool = MUL2 + pool[:3]
            elif b == 3:
                pool = MUL3 + pool
            if style == "notes" and b not in (2, 3):
                pool = pool + MUL_NOTE
            if cat != "stock":
                pool = [p for p in pool if "stock" not in p]
            tpl = rng.choice([t for t in pool if _fits(t, cat, item)])
            if "x{N}" in tpl:
                nword = str(b)
            cl = tpl.format(S=S, N=nword, I=item, T=them)
        else:
            if last and want_each:
                tpl, recip = rng.choice(DIV_EACH[cat])
                cl = tpl.format(S=S, N=nword, I=item, T=them_s if tpl.startswith("{T}") else them)
            else:
                pool = list(DIV_KEEP[cat])
                if b == 2:
                    pool = DIV2 + pool[:2]
                elif b == 3:
                    pool = DIV3 + pool[:2]
                if cat != "stock":
                    pool = [p for p in pool if "stock" not in p]
                tpl = rng.choice(pool)
                cl = tpl.format(S=S, N=nword, I=item, T=them_s if tpl.startswith("{T}") else them)
        if S == "they":
            cl = cl.replace("they was ", "they were ")
        clauses.append(cl)
    # combine clauses into sentences
    i = 0
    while i < len(clauses):
        if rng.random() < 0.4 and style != "notes":
            clauses[i] = rng.choice(TIMES) + ", " + clauses[i]
        if i + 1 < len(clauses) and rng.random() < 0.3:
            joiner = rng.choice([", then ", "; later ", " and then ", ", and after that ", "; "] if style != "notes"
                                else ["; ", ", then ", " / "])
            sents.append(cap(clauses[i]) + joiner + clauses[i + 1] + ".")
            i += 2
        else:
            sents.append(cap(clauses[i]) + ".")
            i += 1
        if rng.random() < 0.12:
            sents.append(rng.choice(DISTRACT))
    # question
    if recip:
        q = rng.choice(["How many {I} does each {r} get?", "How many go to each {r}?", "How many {I} per {r}?",
                        "What is each {r}'s share?"]).format(I=item, r=recip)
    else:
        q = rng.choice([t for t in Q[cat] if _fits(t, cat, item)]).format(I=item, S=subj.name)
    sents.append(q)
    return " ".join(sents), item, short, subj, recip, cat


def _fmt_eq(rng, eq, opstyle):
    a, op, b, c = eq
    sym = OPSYM[op][opstyle] if len(OPSYM[op]) > 1 else OPSYM[op][0]
    if rng.random() < 0.08:
        sym = rng.choice(OPSYM[op])
    sp = " " if rng.random() < 0.93 else ""
    return f"{a}{sp}{sym}{sp}{b} = {c}"


def _render_steps(rng, written, final, start, changes, item, short, recip, true_ops, cat):
    steps = []
    opstyle = rng.randrange(2)
    unit = lambda: rng.choice([item, short, short]) if rng.random() < 0.85 else ""
    for idx, eq in enumerate(written):
        E = _fmt_eq(rng, eq, opstyle)
        r = rng.random()
        if idx == 0 and start[0] == "prod":
            tpl = rng.choice(STEP_PRODUCT + STEP_GENERIC[:6])
        elif idx == 0 and r < 0.25:
            tpl = rng.choice(STEP_FIRST)
        elif r < 0.55:
            tpl = rng.choice(STEP_OP[true_ops[idx]])
        else:
            tpl = rng.choice(STEP_GENERIC)
        s = " ".join(tpl.format(E=E, i=unit()).split()).replace(" .", ".")
        steps.append(s)
    if recip:
        tpl = rng.choice(FINAL_EACH)
        s = tpl.format(A=final, i=unit(), r=recip)
    else:
        s = rng.choice(FINAL + FINAL_CAT[cat]).format(A=final, i=unit())
    steps.append(" ".join(s.split()).replace(" .", "."))
    return steps


HUMAN_ONLY = ("A&E", "ambulance", "day hospital", "respite", "county hospital", "step-down", "families",
              "own homes", "another ward", "beds", "d/c'd", "discharge", "outbreak")
ANIMAL_ONLY = ("owners", "rescue", "boarding", "boarded", "rehoming", "isolation block")
HUMANS = {"patients", "residents", "inpatients", "day-care clients"}


def _fits(tpl, cat, item):
    if cat != "beings":
        return True
    bad = ANIMAL_ONLY if item in HUMANS else HUMAN_ONLY
    return not any(k in tpl for k in bad)


KINDS = ["arithmetic", "operand", "operation", "answer"]


def _build(seed, count):
    rng = random.Random(seed)
    out = []
    i = 0
    while len(out) < count:
        kind = "none" if rng.random() < 0.45 else rng.choice(KINDS)
        while True:
            ch = _make_chain(rng)
            if ch is None:
                continue
            start, changes, vals = ch
            res = _make_error(rng, kind, start, changes, vals)
            if res is None:
                continue
            break
        written, final, pos = res
        want_each = changes[-1][0] == "/" and rng.random() < 0.35
        problem, item, short, subj, recip, cat = _render(rng, start, changes, want_each)
        if len(problem.split()) > 88:
            continue
        true_ops = [e[1] for e in _equations(start, changes, vals)]
        steps = _render_steps(rng, written, final, start, changes, item, short, recip, true_ops, cat)
        if kind == "none":
            label = -1
        elif kind == "answer":
            label = len(steps) - 1
        else:
            label = pos
        rec = {"id": f"w-{seed}-{i}", "problem": problem, "steps": steps, "label": label,
               "final_answer_correct": final == vals[-1], "error_kind": kind}
        meta = {"start": list(start), "changes": [list(c) for c in changes], "written": [list(w) for w in written],
                "final": final, "kind": kind}
        out.append((rec, meta))
        i += 1
    return out


def generate(seed: int, count: int) -> list[dict]:
    return [r for r, _ in _build(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "records.jsonl"), "w") as f:
        for r in generate(20261203, 400):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
