"""Generator g: tiny-arith PRM records in a "hurried phone / non-native English" register.

generate(seed, count) -> list of records (see AUTHOR.md).  Standard library only.
"""
import json
import os
import random

# ---------------------------------------------------------------------------
# Names (typed by hand). ":m" / ":f" gives the pronoun.
# ---------------------------------------------------------------------------
_NAMES_RAW = """
Ali:m Omar:m Hassan:m Yusuf:m Bilal:m Tariq:m Karim:m Idris:m Musa:m Hamza:m Rashid:m Samir:m Zaid:m
Faisal:m Imran:m Junaid:m Kamal:m Nabil:m Rafiq:m Salim:m Ravi:m Arjun:m Vikram:m Suresh:m Rajesh:m
Manoj:m Deepak:m Anil:m Sanjay:m Pradeep:m Gopal:m Mohan:m Ramesh:m Dinesh:m Chen:m Wei:m Jun:m Hao:m
Ming:m Bao:m Minh:m Tuan:m Quang:m Duc:m Kofi:m Kwame:m Yaw:m Emeka:m Chidi:m Tunde:m Femi:m Juma:m
Baraka:m Otieno:m Mwangi:m Tomasz:m Piotr:m Marek:m Pavel:m Igor:m Dmitri:m Sergei:m Andrei:m Bogdan:m
Luis:m Carlos:m Diego:m Mateo:m Pablo:m Jorge:m Rafael:m Tiago:m Joao:m Paulo:m Ahmet:m Mehmet:m Emre:m
Murat:m Kemal:m Arman:m Davit:m Giorgi:m Nikos:m Yannis:m Hiroshi:m Kenji:m Takeshi:m Jin:m Sung:m
Rizal:m Budi:m Agus:m Joko:m Ramon:m Jose:m Nuno:m Samuel:m Peter:m Daniel:m Joseph:m Abel:m Tesfaye:m
Dawit:m Ahmad:m Reza:m Dariusz:m Lars:m Nils:m Bruno:m Marco:m Luca:m Stefan:m Milan:m Bongani:m Sipho:m
Sara:f Fatima:f Aisha:f Maryam:f Zainab:f Layla:f Noor:f Hiba:f Amina:f Khadija:f Salma:f Rania:f
Yasmin:f Huda:f Leila:f Priya:f Anjali:f Sunita:f Meena:f Kavita:f Lakshmi:f Pooja:f Rekha:f Divya:f
Geeta:f Nisha:f Mei:f Lin:f Xiu:f Hua:f Ying:f Lan:f Thu:f Linh:f Hoa:f Mai:f Ama:f Akosua:f Abena:f
Ngozi:f Chioma:f Funmi:f Amara:f Wanjiru:f Achieng:f Zawadi:f Neema:f Ewa:f Agnieszka:f Olga:f Irina:f
Natasha:f Svetlana:f Elena:f Maria:f Lucia:f Carmen:f Rosa:f Ana:f Paula:f Beatriz:f Ines:f Ayse:f
Elif:f Zeynep:f Emine:f Nino:f Anna:f Yuki:f Keiko:f Hana:f Sakura:f Minji:f Siti:f Dewi:f Putri:f
Rina:f Marisol:f Grace:f Ruth:f Esther:f Mercy:f Joy:f Hanna:f Selam:f Tigist:f Parisa:f Shirin:f
Ingrid:f Freya:f Giulia:f Chiara:f Vera:f Dana:f Tamar:f Rivka:f Thandi:f Lerato:f
"""
NAMES = []
for _tok in _NAMES_RAW.split():
    _n, _g = _tok.split(":")
    NAMES.append((_n, _g))

# ---------------------------------------------------------------------------
# Items per setting. tags: u = usable goods, f = fragile, e = edible, a = animal, p = passenger
# ---------------------------------------------------------------------------
_IRREG = {"sheep": "sheep", "fish": "fish", "knife": "knives", "loaf": "loaves", "shelf": "shelves",
          "person": "people", "goose": "geese", "potato": "potatoes", "tomato": "tomatoes",
          "mango": "mangoes", "cargo box": "cargo boxes", "dosa": "dosas", "leaf": "leaves",
          "tyre": "tyres", "child": "children", "kilo bag": "kilo bags", "sweet potato": "sweet potatoes"}


def plural(word):
    if word in _IRREG:
        return _IRREG[word]
    if " of " in word:
        head, tail = word.split(" of ", 1)
        return plural(head) + " of " + tail
    parts = word.rsplit(" ", 1)
    last = parts[-1]
    if last in _IRREG:
        p = _IRREG[last]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        p = last[:-1] + "ies"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        p = last + "es"
    else:
        p = last + "s"
    return (parts[0] + " " + p) if len(parts) == 2 else p


def _items(spec):
    out = []
    for chunk in spec.strip().split(","):
        chunk = chunk.strip()
        if not chunk:
            continue
        name, tags = chunk.split("/")
        out.append((name.strip(), tags.strip()))
    return out


SETTINGS = {
    "factory": dict(
        places=["the factory", "the workshop", "line B", "the packing room", "the store room", "the warehouse"],
        orgs=["the factory", "our workshop", "the packing team", "night shift"],
        items=_items("""bolt/u, nut/u, screw/u, washer/u, gear/u, spring/u, valve/u, hinge/u, cable/u,
            battery/u, light bulb/uf, switch/u, motor/u, bottle cap/u, label/u, shirt/u, sock/u, glove/u,
            helmet/u, face mask/u, button/u, zipper/u, bearing/u, fuse/u, sensor/u, circuit board/uf,
            spool of thread/u, air filter/u, glass jar/uf, toy robot/u, lamp shade/u, rubber seal/u,
            plastic bucket/u, steel rod/u, copper coil/u"""),
        groups=["workers", "lines", "teams", "machines", "shifts"],
        containers=["box", "crate", "carton", "pallet", "bin", "tray", "rack"],
        distractors=["The big press is broken again.", "The boss come late today.",
                     "It is very hot inside the hall.", "Everybody wear helmet.",
                     "Lunch break is short on Friday.", "New manager is strict.",
                     "The siren ring at noon."]),
    "farm": dict(
        places=["the farm", "the barn", "the field", "the shed", "the coop"],
        orgs=["the farm", "the co-op", "our village farm"],
        items=_items("""egg/ef, chicken/a, goat/a, sheep/a, cow/a, duck/a, rabbit/a, piglet/a, turkey/a,
            potato/e, tomato/e, onion/e, cabbage/e, pumpkin/e, melon/e, mango/e, banana/e, lemon/e,
            carrot/e, corn cob/e, watermelon/e, cucumber/e, pear/e, plum/e, coconut/e, hay bale/u,
            seedling/u, feed sack/u, fence post/u, milk can/u"""),
        groups=["families", "neighbours", "sheds", "pens", "trucks"],
        containers=["basket", "crate", "sack", "box", "tray", "row", "cart"],
        distractors=["The rain did not stop all night.", "Dog is barking at the gate.",
                     "The tractor is old but work.", "It was a cold morning.",
                     "Grandfather still help in the field.", "The road to town is muddy."]),
    "shop": dict(
        places=["the shop", "the store", "the kiosk", "the stall", "the corner shop"],
        orgs=["the shop", "the mini mart", "our store", "the phone shop"],
        items=_items("""notebook/u, pen/u, pencil/u, eraser/u, phone case/u, charger/u, towel/u, soap bar/u,
            shampoo bottle/u, toothbrush/u, candle/u, umbrella/u, sandal/u, cap/u, handbag/u, wallet/u,
            belt/u, scarf/u, t-shirt/u, toy car/u, doll/u, football/u, kite/u, torch/u, mug/uf, plate/uf,
            drinking glass/uf, teacup/uf, bowl/uf, perfume bottle/uf, sim card/u, earphone/u,
            chocolate bar/e, juice box/e, biscuit packet/e, lollipop/e, chewing gum pack/e"""),
        groups=["customers", "shelves", "branches", "kids", "staff"],
        containers=["box", "carton", "pack", "shelf", "case", "bag", "drawer"],
        distractors=["The shop open early.", "Owner is on holiday.", "It was busy Saturday.",
                     "Card machine not working today.", "Many tourist come in summer.",
                     "The new shelf look nice."]),
    "transport": dict(
        places=["the bus", "the minibus", "the ferry", "the train", "the van"],
        orgs=["the bus company", "the depot", "the delivery firm"],
        items=_items("""passenger/p, person/p, parcel/u, package/u, suitcase/u, cargo box/u, barrel/u,
            oil drum/u, tyre/u, container/u, mail bag/u, envelope/u, trolley/u, crate of soda/u,
            spare wheel/u, road cone/u, ticket/u"""),
        groups=["vans", "drivers", "trucks", "routes", "depots"],
        containers=["truck", "van", "trailer", "pallet", "wagon", "bus"],
        distractors=["Traffic was very bad.", "The driver play loud music.", "It is raining at the station.",
                     "Road is closed near the bridge.", "Nobody has change for ticket.",
                     "The air con is broken."]),
    "construction": dict(
        places=["the site", "the yard", "the store container", "the building site"],
        orgs=["the site crew", "the builders", "our team", "the contractor"],
        items=_items("""brick/u, tile/uf, concrete block/u, beam/u, plank/u, nail box/u, roof sheet/u,
            cement bag/u, iron rod/u, pole/u, window frame/uf, door/u, pipe/u, bucket/u, shovel/u,
            wheelbarrow/u, ladder/u, paving stone/u, glass pane/uf, paint tin/u, sand bag/u, hard hat/u,
            drill bit/u, scaffold clamp/u"""),
        groups=["floors", "workers", "houses", "walls", "teams"],
        containers=["pallet", "stack", "truck", "bundle", "row", "skip"],
        distractors=["Foreman shout a lot today.", "The crane is waiting for repair.",
                     "Sun was too strong.", "Inspector come in the morning.",
                     "Workers drink tea in the break.", "The ground is wet."]),
    "kitchen": dict(
        places=["the kitchen", "the canteen", "the bakery", "the restaurant", "the food stall"],
        orgs=["the canteen", "the bakery", "the kitchen team", "our restaurant"],
        items=_items("""chapati/e, samosa/e, dumpling/e, roti/e, bun/e, cookie/e, cupcake/e, pancake/e,
            meatball/e, spring roll/e, sandwich/e, pizza slice/e, fritter/e, muffin/e, bread roll/e,
            tortilla/e, omelette/e, kebab/e, donut/e, pie/e, naan/e, falafel/e, idli/e, dosa/e,
            empanada/e, cake slice/e, boiled egg/e, rice ball/e, tea bag/u, paper plate/u,
            lunch box/u, cooking pot/u, spoon/u, fork/u, knife/u"""),
        groups=["tables", "guests", "cooks", "trays", "plates"],
        containers=["tray", "box", "plate", "basket", "pan", "pot"],
        distractors=["Oven is too hot.", "Chef is in bad mood.", "Gas finish in the afternoon.",
                     "Everybody was hungry.", "The kitchen smell very good.", "Dishes is piling up."]),
    "hostel": dict(
        places=["the hostel", "the dorm", "the guest house", "the laundry room"],
        orgs=["the hostel", "the reception", "the guest house"],
        items=_items("""pillow/u, blanket/u, bedsheet/u, bath towel/u, key card/u, padlock/u, mattress/u,
            slipper/u, hanger/u, soap/u, toilet roll/u, water bottle/u, coffee cup/uf, reading lamp/u,
            locker key/u, laundry bag/u, pillowcase/u, map/u, welcome pack/u, power adapter/u"""),
        groups=["rooms", "floors", "dorms", "guests", "cleaners"],
        containers=["room", "cupboard", "box", "bag", "shelf", "trolley"],
        distractors=["Wifi is slow again.", "Guests from Spain check in late.", "Reception close at midnight.",
                     "The lift is not working.", "Breakfast was only bread.", "It was noisy night."]),
    "worship": dict(
        places=["the mosque", "the church", "the temple", "the gurdwara", "the community hall"],
        orgs=["the mosque", "the church", "the temple", "the youth group", "the ladies committee"],
        items=_items("""candle/u, flower/e, garland/u, prayer mat/u, hymn book/u, chair/u, food pack/e,
            iftar box/e, water bottle/u, oil lamp/uf, incense stick/u, tea cup/uf, envelope/u,
            sweet box/e, leaflet/u, rose/u, bench/u, cushion/u, date packet/e, blanket/u, juice pack/e,
            prayer bead/u, rice packet/e, Bible/u, song sheet/u"""),
        groups=["families", "tables", "volunteers", "rows", "halls"],
        containers=["box", "row", "table", "basket", "bag", "carton"],
        distractors=["The imam thank everyone.", "Choir practice was long.", "Many people came after prayer.",
                     "Festival start on Sunday.", "The priest speak very kindly.",
                     "Kids run around outside.", "It was a quiet evening."]),
    "market": dict(
        places=["the market", "the stall", "the bazaar", "the fish market", "the night market"],
        orgs=["the stall", "the fruit seller", "our market stand"],
        items=_items("""orange/e, fish/e, crab/e, pineapple/e, avocado/e, lime/e, chili/e, yam/e,
            sweet potato/e, coconut/e, spice packet/e, egg tray/ef, basket/u, straw hat/u, clay pot/uf,
            bead necklace/u, bracelet/u, carpet/u, leather bag/u, bunch of bananas/e, papaya/e,
            jackfruit/e, garlic bulb/e, ginger root/e, plastic chair/u, bamboo mat/u"""),
        groups=["buyers", "stalls", "sellers", "baskets", "families"],
        containers=["basket", "crate", "sack", "box", "bucket", "cart"],
        distractors=["Market is crowded on Friday.", "The sun was very strong.", "Seller shout the prices.",
                     "Police come to check.", "Her cousin help at the stall.", "Rain start after lunch."]),
    "office": dict(
        places=["the office", "the store cupboard", "the print room", "the reception desk"],
        orgs=["the office", "the admin team", "HR department"],
        items=_items("""ream of paper/u, folder/u, stapler/u, marker/u, ink cartridge/u, sticky note pad/u,
            office chair/u, desk lamp/u, coffee mug/uf, keyboard/u, mouse pad/u, binder/u, paper clip box/u,
            whiteboard pen/u, calculator/u, envelope pack/u, name badge/u"""),
        groups=["departments", "desks", "staff", "teams", "floors"],
        containers=["box", "drawer", "shelf", "carton", "cupboard"],
        distractors=["Meeting was too long.", "Printer jam again.", "Manager is on leave.",
                     "Coffee machine broke.", "It is end of the month.", "Nobody answer the phone."]),
}
SETTING_KEYS = sorted(SETTINGS)
NAME_SET = {n for n, _ in NAMES}
_TEXTILE = {"shirt", "sock", "glove", "face mask", "scarf", "t-shirt", "bedsheet", "pillowcase", "laundry bag",
            "blanket", "cushion", "prayer mat", "straw hat", "cap", "towel", "bath towel", "garland"}
for _k, _st in SETTINGS.items():
    _new = []
    for _it, _tg in _st["items"]:
        if _k in ("factory", "kitchen") and "a" not in _tg:
            _tg += "m"
        if _k in ("farm", "market") and "e" in _tg and _it not in ("fish", "crab", "spice packet"):
            _tg += "h"
        if _it in _TEXTILE:
            _tg += "sm"
        _new.append((_it, _tg))
    _st["items"] = _new

# ---------------------------------------------------------------------------
# Change templates. {S} subject, {obj} object pronoun, {pos} possessive, {O} other person,
# {n} amount phrase, {I} item noun (plural or broken singular), {P} place, {G} group noun.
# Each: (text, required item tag ("" = any non-passenger), step phrase)
# ---------------------------------------------------------------------------
ADD = [
    ("{S} buy {n} more {I}", "", "bought {b}"),
    ("{S} bought another {n} {I} from {O}", "", "bought {b}"),
    ("{S} is buying {n} {I} at wholesale", "u", "buy {b}"),
    ("{O} give {obj} {n} {I}", "", "got {b}"),
    ("{S} get {n} {I} from supplier", "", "got {b} from supplier"),
    ("{n} more {I} arrive by truck", "", "{b} arrive"),
    ("supplier deliver {n} {I}", "", "delivered {b}"),
    ("{S} find {n} extra {I} in back room", "", "found {b}"),
    ("{S} receive {n} {I}", "", "received {b}"),
    ("{S} pick up {n} more", "", "picked {b}"),
    ("{S} collected {n} {I}", "", "collect {b}"),
    ("{S} win {n} {I} in a raffle", "u", "won {b}"),
    ("{S} add {n} {I} to stock", "", "add {b}"),
    ("{S} bring in {n} more {I}", "", "brought {b}"),
    ("{S} make {n} more", "m", "made {b}"),
    ("{S} produced another {n} {I}", "m", "produce {b}"),
    ("{S} bake {n} more", "e", "baked {b}"),
    ("{n} new {I} come in", "", "{b} new"),
    ("{S} order {n} {I} and they arrive same day", "", "ordered {b}"),
    ("{S} borrow {n} from neighbour", "", "borrow {b}"),
    ("{O} return {n} {I} to {obj}", "", "{b} returned"),
    ("{S} harvested {n} more", "h", "harvest {b}"),
    ("{S} restock {n} {I}", "u", "restock {b}"),
    ("{S} top up with {n} {I}", "", "top up {b}"),
    ("{S} grab {n} more from the van", "", "grab {b}"),
    ("{S} stock up {n} {I}", "", "stock up {b}"),
    ("{n} {I} is donated to {obj}", "", "donated {b}"),
    ("{S} got {n} as gift", "", "gift {b}"),
    ("{S} took delivery of {n} {I}", "", "delivery {b}"),
    ("another {n} was brought from other branch", "", "{b} from branch"),
    ("{S} fix {n} old {I} and put them back", "u", "fixed {b}"),
    ("{S} sew {n} more", "s", "sewed {b}"),
    ("{S} fetch {n} {I} from the warehouse", "", "fetch {b}"),
    ("{S} gather {n} more", "", "gather {b}"),
    ("{S} get {n} extra at the auction", "", "auction {b}"),
    ("{n} extra turn up", "", "{b} extra"),
    ("{S} was handed {n} more {I}", "", "handed {b}"),
    ("boss send {n} more", "", "boss sent {b}"),
    ("{S} cook {n} more", "e", "cooked {b}"),
    ("{S} purchase {n} {I}", "", "purchase {b}"),
    ("{S} pick {n} more from field", "h", "picked {b}"),
    ("{n} baby {I} born", "a", "{b} born"),
    ("{S} rescue {n} more {I}", "a", "rescued {b}"),
    ("{S} trade for {n} more", "", "traded {b}"),
    ("{S} put {n} more on the shelf", "u", "put {b}"),
    ("{S} scores {n} {I} cheap online", "u", "online {b}"),
    ("{O} drops off {n} {I} for {obj}", "", "{b} dropped off"),
    ("{S} also pick up {n} {I} on the way", "", "picked {b}"),
    ("{n} {I} was added", "", "added {b}"),
    ("{n} people get on", "p", "{b} got on"),
    ("at next stop {n} more {I} climb in", "p", "{b} climb in"),
    ("{n} {I} board at the market stop", "p", "{b} board"),
    ("{n} more jump on", "p", "{b} jump on"),
]

SUB = [
    ("{S} sell {n} {I}", "", "sold {b}"),
    ("{S} sold {n} of them", "", "sell {b}"),
    ("{S} give {n} to {O}", "", "gave {b}"),
    ("{S} gives away {n} {I}", "", "give away {b}"),
    ("{S} lost {n}", "", "lost {b}"),
    ("{S} eat {n}", "e", "ate {b}"),
    ("{S} use {n} {I}", "u", "used {b}"),
    ("{S} drop {n} and they break", "f", "broke {b}"),
    ("{S} donate {n} {I} to {P}", "", "donate {b}"),
    ("{n} break", "f", "{b} broken"),
    ("{S} throw out {n} bad ones", "", "threw out {b}"),
    ("{n} go rotten", "e", "{b} rotten"),
    ("customer buy {n} {I} from {obj}", "", "customer {b}"),
    ("{O} takes {n} {I}", "", "taken {b}"),
    ("{S} send {n} to other branch", "", "sent {b}"),
    ("{S} ship {n} {I} to a client", "u", "shipped {b}"),
    ("{S} return {n} to supplier", "", "returned {b}"),
    ("{n} is stolen in the night", "", "stolen {b}"),
    ("{S} lend {n} {I} to {O}", "u", "lend {b}"),
    ("{n} was damaged in the rain", "", "damaged {b}"),
    ("{S} hand out {n} {I}", "", "hand out {b}"),
    ("{n} got lost in transport", "", "lost {b}"),
    ("{n} fail quality check and get scrapped", "u", "scrap {b}"),
    ("{n} spoil in the heat", "e", "spoiled {b}"),
    ("{S} serve {n} to guests", "e", "served {b}"),
    ("{S} deliver {n} to customers", "", "delivered {b}"),
    ("{O} borrow {n} {I} from {obj}", "u", "borrowed {b}"),
    ("{S} remove {n} {I}", "", "remove {b}"),
    ("{S} discard {n}", "", "discard {b}"),
    ("{S} sends {n} to the wedding", "", "wedding {b}"),
    ("goats eat {n} {I}", "e", "goats ate {b}"),
    ("{S} pack {n} for export and ship out", "u", "export {b}"),
    ("{S} sells off {n}", "", "sell off {b}"),
    ("{S} hand over {n} {I} to {O}", "", "hand over {b}"),
    ("{n} went missing", "", "missing {b}"),
    ("{n} crack", "f", "cracked {b}"),
    ("{S} dumped {n} {I}", "", "dump {b}"),
    ("{S} used up {n} for cooking", "e", "cooking {b}"),
    ("{n} {I} died", "a", "{b} died"),
    ("{S} lose {n} on the way", "", "lost {b}"),
    ("{S} distribute {n} to poor families", "", "distributed {b}"),
    ("{n} was taken for repair", "u", "repair {b}"),
    ("{S} pays {O} with {n} {I}", "", "paid {b}"),
    ("{S} load {n} on a truck and it drive away", "", "loaded {b}"),
    ("{O} come and take {n}", "", "taken {b}"),
    ("{S} sold {n} {I} at the market", "", "market {b}"),
    ("{n} {I} run away", "a", "ran away {b}"),
    ("{n} people get off", "p", "{b} got off"),
    ("{n} {I} leave at the bridge", "p", "{b} left"),
    ("at the station {n} step down", "p", "{b} out"),
]

# Multiply: (text, allowed k (None = any), step phrase)
MUL = [
    ("now {S} have {k} times as many", None, "{b} times"),
    ("the number become {k} times larger", None, "{b} times larger"),
    ("{S} double it", {2}, "double"),
    ("stock is doubled", {2}, "doubled"),
    ("{S} triple the amount", {3}, "triple"),
    ("the order grow {k} times", None, "grow {b} times"),
    ("{S} make it {k} times more", None, "{b} times more"),
    ("count go up {k} times", None, "up {b} times"),
    ("manager multiply the stock by {k}", None, "multiply {b}"),
    ("each one is swapped for {k} new ones", None, "swap {b} each"),
    ("by evening there is {k} times the morning number", None, "{b} times"),
    ("the pile become twice as big", {2}, "twice"),
    ("there are twice as many now", {2}, "twice as many"),
    ("{S} end up with {k} times what {pr} had", None, "{b} times"),
    ("it goes {k}-fold", None, "{b}-fold"),
    ("{S} has {k} times the amount after that", None, "{b} times"),
    ("new supplier make it {k} times bigger", None, "{b} times bigger"),
    ("the stock triples", {3}, "tripled"),
    ("{S} doubles {pos} {I}", {2}, "doubled"),
    ("number of {I} is multiplied by {k}", None, "times {b}"),
    ("{S} get {k} times as much as before", None, "{b} times"),
    ("everything double over the weekend", {2}, "double"),
    ("it grew to {k} times the size", None, "{b} times"),
    ("{S} now own {k} times more {I}", None, "{b} times"),
    ("amount is tripled by the boss", {3}, "triple"),
]

# Divide, mid-chain form: the subject keeps one share.
DIV = [
    ("{S} share them equally among {k} {G} and keep one share", None, "share {b}"),
    ("{S} split them into {k} equal groups and keep one", None, "split {b}"),
    ("{S} keep half", {2}, "half"),
    ("{S} gives half of them to {O}", {2}, "half"),
    ("{S} keep only a third", {3}, "a third"),
    ("{S} divide them into {k} equal boxes, keep one box", None, "divide {b}"),
    ("the number drop to half", {2}, "half"),
    ("{S} keep just one of {k} equal parts", None, "{b} parts"),
    ("{k} {G} share the stock equal and {S} keep one part", None, "{b} parts"),
    ("{S} lose half in the flood", {2}, "lost half"),
    ("{S} halve it", {2}, "halve"),
    ("{S} put them in {k} same piles and take one pile", None, "{b} piles"),
    ("{S} cut the stock into {k} equal lots and keep one lot", None, "{b} lots"),
    ("a third stay with {obj}, rest go to {O}", {3}, "third"),
    ("half of them get sent away", {2}, "half"),
    ("{S} spread them equal over {k} {G}, {pr} keep one", None, "split {b}"),
    ("{S} divide equally with {k} {G} and only keep one part", None, "divide {b}"),
    ("{pos} share is one of {k} equal parts", None, "{b} parts"),
    ("only half is left after the sale", {2}, "half"),
    ("{S} split it {k} ways and keep one", None, "{b} ways"),
]

# Divide, final form: how many does each get.
DIV_EACH = [
    ("{S} share them equally to {k} {G}", "How many each one get?"),
    ("{S} split all {I} equal into {k} {G}", "How many {I} each get?"),
    ("the {I} are shared equal between {k} {G}", "How many for each?"),
    ("{S} divide them to {k} {G}, all same amount", "How much each of them get?"),
    ("{k} {G} get equal part of the {I}", "How many one of them get?"),
    ("{S} give out all the {I} to {k} {G} equal", "Each one get how many?"),
]

START_SIMPLE = [
    "{S} have {n} {I}",
    "{S} has {n} {I} in {P}",
    "There is {n} {I} in {P}",
    "{S} start the day with {n} {I}",
    "In the morning {S} has {n} {I}",
    "{S} got {n} {I} at start",
    "Stock at {P}: {n} {I}",
    "{S} keep {n} {I} in the store",
    "At first {n} {I} was in {P}",
    "{S} count {n} {I} on Monday",
    "{n} {I} is in {P}",
    "{S} had {n} pcs {I}",
    "{S} owns {n} {I}",
    "Last week {S} bought {n} {I}",
    "{S} is holding {n} {I}",
]

# Product starts. {a} containers (rendered), {b} per container, {C} container, {Cs} containers.
START_PRODUCT = [
    "{S} have {a} {Cs} with {b} {I} in each",
    "{S} got {a} {Cs}, each {C} hold {b} {I}",
    "There are {a} {Cs} of {b} {I} in {P}",
    "{S} bring {a} {Cs}, {b} pcs per {C}",
    "{S} start with {a} {Cs}, {b} {I} each",
    "In store: {a} {Cs}, in every {C} {b} {I}",
    "{S} receive {a} {Cs} and every {C} have {b} {I}",
    "{P} has {a} full {Cs}, {b} {I} inside each one",
    "{S} fill {a} {Cs} with {b} {I} each",
]
START_DOZEN = [
    "{S} buys {a} dozen {I}",
    "{S} have {a} dozen {I}",
    "There are {a} dozen {I} in {P}",
]

QUESTIONS = [
    "How many {I} left?", "how many left??", "How many {I} {S} have now?", "What is total {I} now?",
    "How many {I} are there now?", "Final count of {I}?", "How many {I} remain?",
    "How many {I} in {P} now?", "Find number of {I} now.", "pls tell how many {I} {S} got now",
    "{S} has how many {I} now?", "So how many?", "Q: how many {I} at the end?", "how many now",
    "How many at the end of day?", "What number of {I} {S} have in the end?", "Count now?",
    "how much {I} there is now?", "Tell me how many {I} is left.", "how many {I} does {S} have?",
]
LEFT_QUESTIONS = {0, 1, 6, 18}

CONNECT = [", then ", " and ", ", after that ", "; ", " and later ", ", next ", ", then later "]

STEP_EQ_ONLY = [
    "{eq}", "- {eq}", "=> {eq}", "step{k}: {eq}", "Step {k}: {eq}", "Then: {eq}", "Then {eq} {U}",
    "Now {eq}", "{eq} {U}", "{eq}, ok", "next {eq}", "-> {eq}", "{eq} pcs", "{U}: {eq}",
    "Now has {eq} {U}.", "so {pr} have {eq}", "{eq} {U} now",
]
STEP_PHRASE = [
    "{p}, so {eq}", "{p} => {eq}", "{p}: {eq}", "after {p}: {eq}", "{eq} ({p})", "{p} -> {eq} {U}",
    "- {p}: {eq} {U}", "{p}. {eq}", "{p} so {eq} left",
]
STEP_LEFT = ["- {eq} left", "{eq} left", "Left {eq}"]
STEP_TOTAL = ["Total = {eq}", "total {eq} {U}"]
STEP_FIRST = ["First {eq}", "start: {eq}", "At start {eq} {U}"]

ANSWERS = [
    "Ans: {x}", "answer is {x}", "Answer: {x} {U}", "#### {x}", "So {pr} has {x} {U} now.", "{x} {U}",
    "Final: {x}", "-> {x} {U}", "ok so {x}", "Result is {x} {U}.", "{x} pcs in total", "total {x}",
    "The answer is {x}.", "answer {x} {U}", "So there is {x} {U}.", "{S} end with {x}.", "so ans {x}",
    "{x}", "Ans {x} {U}",
]
ANSWERS_LEFT = ["So, {pr} have {x} {U} left.", "{x} left", "Left: {x}", "{x} {U} left."]
ANSWERS_EACH = ["Each get {x}.", "{x} for each", "each one {x} {U}", "Ans: {x} each", "#### {x}", "{x} each"]

# ---------------------------------------------------------------------------
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
         "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def num_word(n):
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] if o == 0 else _TENS[t] + "-" + _ONES[o]


def render_num(rng, n, word_p=0.3):
    if n == 12 and rng.random() < 0.35:
        return "a dozen"
    if 1 <= n <= 20 or (n < 100 and n % 10 == 0):
        if rng.random() < word_p:
            return num_word(n)
    elif 20 < n < 100 and rng.random() < word_p * 0.4:
        return num_word(n)
    return str(n)


def render_k(rng, k):
    return num_word(k) if rng.random() < 0.4 else str(k)


OPS_OK = ("+", "-", "*", "/")


def ev(a, op, b):
    """Exact integer result in 0..9999 or None."""
    if op == "+":
        c = a + b
    elif op == "-":
        c = a - b
    elif op == "*":
        c = a * b
    else:
        if b == 0 or a % b:
            return None
        c = a // b
    if c < 0 or c > 9999:
        return None
    return c


def _swap_digits(rng, x):
    s = str(x)
    idx = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
    if not idx:
        return None
    i = rng.choice(idx)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0" and len(t) > 1:
        return None
    return int(t)


def _digit_bump(rng, x):
    s = str(x)
    i = rng.randrange(len(s))
    d = int(s[i]) + rng.choice((-1, 1))
    if d < 0 or d > 9 or (i == 0 and d == 0 and len(s) > 1):
        return None
    return int(s[:i] + str(d) + s[i + 1:])


def _no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str((x + y) % 10))
    return int("".join(out[::-1]))


def _no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(x - y)))
    return int("".join(out[::-1]))


def arith_slips(rng, a, op, b, c):
    cands = [c + 1, c - 1, c + 10, c - 10, _swap_digits(rng, c), _digit_bump(rng, c), _digit_bump(rng, c)]
    if op == "+":
        cands += [_no_carry_add(a, b)] * 2
    elif op == "-":
        cands += [_no_borrow_sub(a, b)] * 2 + [c + 2, c - 2]
    elif op == "*":
        cands += [a * (b - 1), a * (b + 1), c + a, c - 100]
    else:
        cands += [c + 2, c - 2]
    out = [x for x in cands if x is not None and x != c and 0 <= x <= 9999]
    rng.shuffle(out)
    return out


def answer_slips(rng, written_cs, start_val):
    c = written_cs[-1]
    cands = [c + 1, c - 1, c + 10, c - 10, _swap_digits(rng, c), _digit_bump(rng, c)]
    if len(written_cs) >= 2:
        cands += [written_cs[-2]] * 2
    cands.append(start_val)
    out = [x for x in cands if x is not None and x != c and 0 <= x <= 9999]
    rng.shuffle(out)
    return out


# ---------------------------------------------------------------------------
class _Rec:
    pass


def _pick_item(rng):
    skey = rng.choice(SETTING_KEYS)
    st = SETTINGS[skey]
    item, tags = rng.choice(st["items"])
    return skey, st, item, tags


def _tmpl_ok(req, tags):
    if "p" in tags:
        return req == "p"
    if req == "":
        return True
    if req == "p":
        return False
    return req in tags


def _build_chain(rng, tags):
    """Return (start_kind, start_parts, start_value, ops list [(op, b)])."""
    n_changes = rng.choices([1, 2, 3, 4, 5], weights=[10, 20, 26, 24, 20])[0]
    pax = "p" in tags
    product = (not pax) and rng.random() < 0.25
    if product:
        if rng.random() < 0.25:
            a = rng.randint(2, 9)
            b = 12
            kind = "dozen"
        else:
            a = rng.randint(2, 30)
            b = rng.choice([rng.randint(2, 12), rng.randint(5, 50), rng.choice([6, 10, 12, 20, 24, 25, 30])])
            kind = "product"
        value = a * b
        n_changes = min(n_changes, 4)
        parts = (a, b)
    else:
        r = rng.random()
        if r < 0.35:
            value = rng.randint(3, 99)
        elif r < 0.65:
            value = rng.choice([12, 18, 20, 24, 30, 36, 40, 48, 50, 60, 72, 80, 90, 96, 100, 120, 144, 150,
                                180, 200, 240, 300, 360, 400, 480, 500, 600, 720, 840, 900, 960])
        elif r < 0.97:
            value = rng.randint(100, 999)
        else:
            value = 1000
        if pax:
            value = rng.randint(5, 80)
        kind = "simple"
        parts = (value,)
    start = value
    ops = []
    cur = value
    for _ in range(n_changes):
        for _try in range(20):
            if pax:
                op = rng.choices(["+", "-", "/"], weights=[45, 45, 10])[0]
            else:
                op = rng.choices(["+", "-", "*", "/"], weights=[31, 31, 17, 21])[0]
            if op == "+":
                hi = min(999, 9999 - cur, max(12, cur if cur < 300 else 300))
                if hi < 1:
                    continue
                b = rng.randint(1, hi) if rng.random() < 0.6 else rng.randint(1, min(hi, 30))
            elif op == "-":
                if cur < 2:
                    continue
                hi = min(999, cur - 1 if rng.random() < 0.95 else cur)
                b = rng.randint(1, hi) if rng.random() < 0.55 else rng.randint(1, min(hi, 25))
            elif op == "*":
                ks = [k for k in range(2, 7) if cur * k <= 9999 and cur <= 2500]
                if not ks or cur == 0:
                    continue
                b = rng.choice(ks[:4]) if rng.random() < 0.8 else rng.choice(ks)
            else:
                ks = [k for k in range(2, 13) if cur % k == 0 and cur // k >= 2]
                if pax:
                    ks = [k for k in ks if k == 2]
                if not ks:
                    continue
                b = rng.choice(ks)
            c = ev(cur, op, b)
            if c is None:
                continue
            ops.append((op, b))
            cur = c
            break
        else:
            break
    if not ops:
        return None
    return kind, parts, start, ops


def _equations(start_kind, parts, ops):
    """True equation chain: list of (a, op, b, c)."""
    eqs = []
    if start_kind in ("product", "dozen"):
        a, b = parts
        cur = a * b
        eqs.append((a, "*", b, cur))
    else:
        cur = parts[0]
    for op, b in ops:
        c = ev(cur, op, b)
        eqs.append((cur, op, b, c))
        cur = c
    return eqs


def _continue(written, eqs, k):
    """Given written steps up to k (inclusive), continue with true ops from the written c. Returns list or None."""
    out = list(written)
    cur = out[-1][3]
    for j in range(k + 1, len(eqs)):
        _, op, b, _ = eqs[j]
        c = ev(cur, op, b)
        if c is None:
            return None
        out.append((cur, op, b, c))
        cur = c
    return out


def _inject(rng, kind, pos, eqs, start_kind, parts, ops, problem_numbers):
    """Return written equation list (a, op, b, c) and final number, or None."""
    written = [tuple(e) for e in eqs]
    if kind == "none":
        return written, eqs[-1][3]
    if kind == "answer":
        cs = [e[3] for e in eqs]
        start_val = parts[0] if start_kind == "simple" else eqs[0][3]
        sl = answer_slips(rng, cs, start_val)
        if not sl:
            return None
        return written, sl[0]
    a, op, b, c = eqs[pos]
    prefix = written[:pos]
    exp_a = a
    cands = []
    if kind == "arithmetic":
        for x in arith_slips(rng, a, op, b, c):
            cands.append((a, op, b, x))
    elif kind == "operation":
        alts = {"+": ["-", "-", "*"], "-": ["+", "+", "+", "*"], "*": ["+", "+", "-"], "/": ["*", "-", "-", "+"]}
        if pos == 0 and start_kind != "simple":
            alts["*"] = ["+", "+"]
        ol = alts[op][:]
        rng.shuffle(ol)
        for o2 in ol:
            x = ev(a, o2, b)
            if x is not None and x != c:
                cands.append((a, o2, b, x))
    elif kind == "operand":
        b_alts = [n for n in problem_numbers if n != b]
        rng.shuffle(b_alts)
        b_alts = b_alts[:2]
        b_alts += [b + 1, b - 1, _swap_digits(rng, b)]
        if b >= 15:
            b_alts += [b + 10, b - 10, _digit_bump(rng, b)]
        a_alts = [_swap_digits(rng, a), a + 10, a - 10, a + 1, a - 1, _digit_bump(rng, a)]
        if pos >= 2:
            a_alts.append(written[pos - 2][3])
        if pos >= 1 and start_kind == "simple":
            a_alts.append(parts[0])
        if pos == 0 and start_kind != "simple":
            # misread one of the two factors
            a_alts = [_swap_digits(rng, a), a + 1, a - 1, _digit_bump(rng, a)]
        bl = [(a, x) for x in b_alts if x is not None and x != b and x >= 1]
        al = [(x, b) for x in a_alts if x is not None and x != a and x >= 0]
        rng.shuffle(bl)
        rng.shuffle(al)
        if op in ("*", "/") and pos > 0:
            order = al + bl if rng.random() < 0.6 else bl + al
        else:
            order = bl + al if rng.random() < 0.6 else al + bl
        for a2, b2 in order:
            if op in ("*", "/") and b2 < 2:
                continue
            x = ev(a2, op, b2)
            if x is not None and x != c:
                cands.append((a2, op, b2, x))
    for cand in cands:
        w = _continue(prefix + [cand], eqs, pos)
        if w is not None:
            return w, w[-1][3]
    return None


# ---------------------------------------------------------------------------
def _cap(s):
    return s[:1].upper() + s[1:] if s else s


class _Ctx:
    def __init__(self, rng):
        self.rng = rng


def _fill(rng, text, ctx, first_mention=False):
    subj = ctx.name if (first_mention or not ctx.mentioned or rng.random() < 0.35) else ctx.pr
    if "{S}" in text:
        ctx.mentioned = True
    other = ctx.other_pick(rng)
    out = (text.replace("{S}", subj).replace("{obj}", ctx.obj).replace("{pos}", ctx.pos)
           .replace("{pr}", ctx.pr).replace("{O}", other).replace("{P}", ctx.place)
           .replace("{G}", ctx.group))
    return out


def _item_word(rng, ctx):
    if rng.random() < ctx.broken_p:
        return ctx.item
    return ctx.items


def _render_start(rng, ctx, start_kind, parts):
    if start_kind == "simple":
        t = rng.choice(START_SIMPLE)
        n = render_num(rng, parts[0], 0.25)
        s0 = t.replace("{n}", n).replace("{I}", _item_word(rng, ctx))
    elif start_kind == "dozen":
        t = rng.choice(START_DOZEN)
        s0 = t.replace("{a}", render_num(rng, parts[0], 0.4)).replace("{I}", ctx.items)
    else:
        t = rng.choice(START_PRODUCT)
        cont = ctx.container
        s0 = (t.replace("{a}", render_num(rng, parts[0], 0.3)).replace("{b}", render_num(rng, parts[1], 0.2))
              .replace("{Cs}", plural(cont)).replace("{C}", cont).replace("{I}", _item_word(rng, ctx)))
    return _fill(rng, s0, ctx, first_mention=True)


def _render_problem(rng, ctx, s0, change_texts, question):
    mode = rng.choices(["prose", "bullets", "dash"], weights=[62, 23, 15])[0]
    q_first = rng.random() < 0.35
    lower = rng.random() < 0.2
    distract = [d for d in ctx.distractors]
    rng.shuffle(distract)
    nd = rng.choices([0, 1, 2], weights=[50, 38, 12])[0]
    if mode == "prose":
        sents = []
        i = 0
        texts = list(change_texts)
        while i < len(texts):
            if i + 1 < len(texts) and rng.random() < 0.3:
                if rng.random() < 0.12:
                    sents.append(texts[i + 1] + ", but before that " + texts[i])
                else:
                    sents.append(texts[i] + rng.choice(CONNECT) + texts[i + 1])
                i += 2
            else:
                sents.append(texts[i])
                i += 1
        if rng.random() < 0.25 and sents:
            sents[0] = s0 + rng.choice([", ", " and ", ". Then "]) + sents[0]
            body = sents
        else:
            body = [s0] + sents
        for _ in range(nd):
            body.insert(rng.randint(0, len(body)), distract.pop())
        body = [(_cap(s) if not lower else (s if s.split(" ")[0] in NAME_SET else s[:1].lower() + s[1:]))
                for s in body]
        text = " ".join(s if s.endswith((".", "!", "?")) else s + rng.choice([".", ".", ".", ".", "", ".."])
                        for s in body)
        text = " ".join(text.split())
        if q_first:
            return question + " " + text
        return text + " " + question
    if mode == "bullets":
        lines = []
        head = _cap(s0) + rng.choice([":", ".", "", " then:"])
        if nd and rng.random() < 0.5:
            lines.append(distract.pop())
        lines.append(head)
        for t in change_texts:
            lines.append(rng.choice(["- ", "-", "- ", "• "]) + t)
        if q_first:
            return question + "\n" + "\n".join(lines)
        return "\n".join(lines) + "\n" + question
    # dash inline
    parts_txt = [s0] + list(change_texts)
    text = " - ".join(parts_txt)
    if nd:
        text = distract.pop() + " " + text
    if q_first:
        return question + " " + text
    return text + rng.choice([" - ", ". ", " "]) + question


def _fmt_eq(style, a, op, b, c):
    sym = style["sym"][op]
    if style["tight"]:
        return f"{a}{sym}{b}={c}"
    return f"{a} {sym} {b} = {c}"


def _render_step(rng, style, ctx, idx, eq, op_true, phrase, first_product):
    a, op, b, c = eq
    eqs = _fmt_eq(style, a, op, b, c)
    pool = []
    if style["fixed"] is not None and rng.random() < 0.75:
        pool = [style["fixed"]]
    else:
        pool = list(STEP_EQ_ONLY)
        if phrase:
            pool += STEP_PHRASE * 2
        if op_true in ("-", "/"):
            pool += STEP_LEFT
        if op_true in ("+", "*"):
            pool += STEP_TOTAL
        if idx == 0:
            pool += STEP_FIRST
    t = rng.choice(pool)
    if "{p}" in t:
        if not phrase:
            t = "{eq}"
        else:
            if "left" in t and op_true not in ("-", "/"):
                t = "{p}, so {eq}"
    if first_product and "{p}" in t:
        t = "{eq} {U}"
    p = phrase.replace("{b}", str(b)) if phrase else ""
    U = rng.choice([ctx.items, ctx.items, "pcs", ctx.item]) if "{U}" in t else ""
    out = (t.replace("{eq}", eqs).replace("{k}", str(idx + 1)).replace("{p}", p).replace("{U}", U)
           .replace("{pr}", ctx.pr))
    return " ".join(out.split())


def _render_answer(rng, ctx, x, left_q, each_q):
    if each_q:
        t = rng.choice(ANSWERS_EACH)
    elif left_q and rng.random() < 0.5:
        t = rng.choice(ANSWERS_LEFT)
    else:
        t = rng.choice(ANSWERS)
    U = rng.choice([ctx.items, ctx.items, ctx.item, "pcs"])
    out = (t.replace("{x}", str(x)).replace("{U}", U).replace("{pr}", ctx.pr).replace("{S}", ctx.name))
    if out.startswith(("the ", "our ")):
        out = _cap(out)
    return " ".join(out.split())


def _one(rng, idx_id, seed, kind):
    skey, st, item, tags = _pick_item(rng)
    chain = _build_chain(rng, tags)
    if chain is None:
        return None
    start_kind, parts, start, ops = chain
    eqs = _equations(start_kind, parts, ops)
    if any(e[3] is None for e in eqs):
        return None

    # context
    ctx = _Ctx(rng)
    if rng.random() < 0.78 or "p" in tags and rng.random() < 0.5:
        nm, g = rng.choice(NAMES)
        ctx.name = nm
        ctx.pr, ctx.obj, ctx.pos = ("he", "him", "his") if g == "m" else ("she", "her", "her")
    else:
        nm = rng.choice(st["orgs"])
        ctx.name = nm
        ctx.pr, ctx.obj, ctx.pos = "they", "them", "their"
    if "p" in tags:
        ctx.name = rng.choice(["the bus", "the minibus", "the ferry", "the tram", "the train"])
        ctx.pr, ctx.obj, ctx.pos = "it", "it", "its"
    others = [n for n, _ in NAMES if n != nm]

    def other_pick(r):
        return r.choice(others)
    ctx.other_pick = other_pick
    ctx.item = item
    ctx.items = plural(item)
    ctx.place = rng.choice(st["places"])
    ctx.group = rng.choice(st["groups"])
    ctx.container = rng.choice(st["containers"])
    ctx.distractors = st["distractors"]
    ctx.broken_p = 0.15
    ctx.mentioned = False
    s0 = _render_start(rng, ctx, start_kind, parts)

    # change texts
    change_texts = []
    phrases = []
    each_q = None
    for j, (op, b) in enumerate(ops):
        last = j == len(ops) - 1
        if op == "/" and last and "p" not in tags and rng.random() < 0.4:
            t, q = rng.choice(DIV_EACH)
            g = rng.choice(st["groups"])
            txt = t.replace("{k}", render_k(rng, b)).replace("{I}", ctx.items).replace("{G}", g)
            each_q = q.replace("{I}", ctx.items)
            phrases.append(rng.choice(["share {b}", "each", "split {b}", "divide {b}"]))
            change_texts.append(_fill(rng, txt, ctx))
            continue
        if op in ("+", "-"):
            pool = [x for x in (ADD if op == "+" else SUB) if _tmpl_ok(x[1], tags)]
            t, _, ph = rng.choice(pool)
            n = render_num(rng, b)
            txt = t.replace("{n}", n).replace("{I}", _item_word(rng, ctx))
        else:
            if "p" in tags:
                # only "half get off" style for passengers
                t, ph = ("half of the {I} get off", "half")
                txt = t.replace("{I}", ctx.items)
            else:
                pool = [x for x in (MUL if op == "*" else DIV) if x[1] is None or b in x[1]]
                t, _, ph = rng.choice(pool)
                txt = t.replace("{k}", render_k(rng, b)).replace("{I}", ctx.items)
        phrases.append(ph)
        change_texts.append(_fill(rng, txt, ctx))

    # question
    if each_q:
        question = each_q
        left_q = False
    else:
        qi = rng.randrange(len(QUESTIONS))
        question = QUESTIONS[qi]
        left_q = qi in LEFT_QUESTIONS
        question = _fill(rng, question.replace("{I}", _item_word(rng, ctx)), ctx, first_mention=True)
    if rng.random() < 0.15:
        question = question[:1].lower() + question[1:]

    problem = _render_problem(rng, ctx, s0, change_texts, question)
    if len(problem.split()) > 88:
        return None

    # error plan
    n_eq = len(eqs)
    pos = -1
    if kind in ("arithmetic", "operand", "operation"):
        cats = ["first"]
        if n_eq >= 2:
            cats.append("last")
        if n_eq >= 3:
            cats += ["middle", "middle"]
        cat = rng.choice(cats)
        pos = 0 if cat == "first" else (n_eq - 1 if cat == "last" else rng.randint(1, n_eq - 2))
    problem_numbers = sorted(set(list(parts) + [b for _, b in ops]))
    res = _inject(rng, kind, pos, eqs, start_kind, parts, ops, problem_numbers)
    if res is None:
        return None
    written, final = res

    # steps
    style = {
        "sym": {"+": "+", "-": rng.choice(["-", "-", "−"]), "*": rng.choice(["*", "×", "*"]),
                "/": rng.choice(["/", "÷", "÷"])},
        "tight": rng.random() < 0.35,
        "fixed": rng.choice([None, None, "{eq}", "- {eq}", "=> {eq}", "step{k}: {eq}", "Then: {eq}",
                             "Step {k}: {eq}", "{eq} {U}"]),
    }
    steps = []
    for i, eq in enumerate(written):
        first_product = (i == 0 and start_kind != "simple")
        op_true = eqs[i][1]
        if first_product:
            ph = ""
        else:
            ph = phrases[i - (1 if start_kind != "simple" else 0)]
        steps.append(_render_step(rng, style, ctx, i, eq, op_true, ph, first_product))
    steps.append(_render_answer(rng, ctx, final, left_q, bool(each_q)))

    true_answer = eqs[-1][3]
    if kind == "none":
        label = -1
    elif kind == "answer":
        label = n_eq
    else:
        label = pos
    rec = {
        "id": f"g-{seed}-{idx_id:05d}",
        "problem": problem,
        "steps": steps,
        "label": label,
        "final_answer_correct": final == true_answer,
        "error_kind": kind,
    }
    meta = {"start_kind": start_kind, "parts": list(parts), "ops": [list(o) for o in ops],
            "true_eqs": [list(e) for e in eqs]}
    return rec, meta


def generate_with_meta(seed, count):
    rng = random.Random(seed)
    out = []
    i = 0
    kind = None
    while len(out) < count:
        if kind is None:
            kind = "none" if rng.random() < 0.45 else rng.choice(["arithmetic", "operand", "operation", "answer"])
        r = _one(rng, len(out), seed, kind)
        i += 1
        if r is not None:
            out.append(r)
            kind = None
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
