"""gen-k: terse workplace / everyday-logistics arithmetic problems with step-by-step
solutions and step labels (tiny-arith PRM data).

Register: stock counts, shipping, printing, event seating, parking, kitchen orders,
gym classes, fuel and mileage, hospital and school admin -- typed the way people write
into a search box or a work chat.

generate(seed, count) -> list of records; main() writes generate(20261203, 400) to
records.jsonl next to this file.  Standard library only.
"""

import json
import os
import random

# ---------------------------------------------------------------------------
# number words
# ---------------------------------------------------------------------------
_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
         7: "seventy", 8: "eighty", 9: "ninety"}


def num_word(n):
    if 0 <= n <= 20:
        return _ONES[n]
    if 20 < n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] if o == 0 else _TENS[t] + "-" + _ONES[o]
    raise ValueError(n)


def say(rng, n, p_word=0.16):
    """Render an amount that appears in a problem."""
    if n == 12 and rng.random() < 0.3:
        return "a dozen"
    if 2 <= n <= 20 or (n < 100 and n % 10 == 0):
        if rng.random() < p_word:
            return num_word(n)
    elif 20 < n < 100 and rng.random() < p_word * 0.45:
        return num_word(n)
    return str(n)


def say_factor(rng, n, p_word=0.3):
    if n <= 12 and rng.random() < p_word:
        return num_word(n)
    return str(n)


FOLD = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
        7: "sevenfold", 8: "eightfold", 9: "ninefold", 10: "tenfold"}

# ---------------------------------------------------------------------------
# people (typed by hand; pronoun set attached)
# ---------------------------------------------------------------------------
_F = """Priya Ana Marisol Keiko Fatima Ingrid Chioma Lucia Dana Noor Hana Mirela Yasmin
Beatriz Olga Tamsin Siobhan Greta Aisha Leilani Rosa Mei Nadia Elif Zofia Imani Harriet
Paula Renata Sunita Joanna Wen Agnes Ludmila Thandi Carmen Esther Bridget Kavya Monique
Astrid Ramona Dolores Tova Saoirse Ifeoma Linnea Margit Adaeze Valeria Pilar Nkechi Yuki
Rhea Fern Maud Odette Bettina Clementine Farida Gulnara Hortense Ilse Jolene Kerstin
Lourdes Magda Nerys Oona Petra Rukmini Shirin Tatiana Ursula Vesna Xiomara Yolanda Zainab
Bea Cora Dorit Effie Fenna Gwen Hedda Isla Juno Lena Mira Nell Opal Pia Roz Sade Tess
Uma Vida Ximena Yara Zuri""".split()
_M = """Tomasz Dev Kwame Luis Arjun Bogdan Callum Dmitri Emeka Farid Gustavo Hiro Ivan Jomo
Kenji Lars Mateo Nikhil Osman Pavel Rafael Sven Tariq Udo Viktor Wendell Xavier Yusuf
Zoltan Anders Bashir Cyrus Dario Emil Felipe Gideon Hamza Idris Jasper Kofi Leon Marek
Nasser Orlando Piotr Reuben Santiago Thabo Ulrich Vasco Wojciech Yannick Zeke Abdi Bruno
Cosmin Desmond Ezra Florin Gareth Hector Ibrahim Jerome Kazuo Lorenzo Mustafa Nils Obi
Percy Rohan Stellan Teodor Umar Vikram Warrick Yosef Zane Ahmed Barnaby Cedric Duc Eero
Fergus Gunnar Hugo Ilya Joaquin Luca Mats Ned Otto Pablo Rashid Soren Tuan Vince
Winston""".split()
_N = """Alex Sam Jordan Robin Kai Quinn Hollis Wren Kit Kiran Remy Sasha Charlie Morgan Ash
Jules Rowan Sky Emery Devon Blair Reese Taylor Avery Frankie Noa Ari Sol Ellis
Marlowe""".split()

PRON = {"she": ("she", "her", "her", False),
        "he": ("he", "him", "his", False),
        "they": ("they", "them", "their", True)}


def _person(name, p):
    sub, obj, poss, plural = PRON[p]
    return {"name": name, "pro": sub, "obj": obj, "poss": poss, "pro_plural": plural,
            "name_plural": False}


PEOPLE = ([_person(n, "she") for n in _F] + [_person(n, "he") for n in _M]
          + [_person(n, "they") for n in _N])


def _team(name):
    if name.startswith(("Mrs. ", "Ms. ")):
        d = _person(name, "she")
    elif name.startswith("Mr. "):
        d = _person(name, "he")
    else:
        d = _person(name, "they")
    d["team"] = True
    return d

# ---------------------------------------------------------------------------
# verbs: "base|past|pp|third" ; tails separated by ';' ; flags
# ---------------------------------------------------------------------------


class V:
    __slots__ = ("base", "past", "pp", "third", "tails", "need_tail", "passive", "cls", "key",
                 "src", "ambig")

    def __init__(self, forms, tails="", cls="goods", need_tail=False, passive=True, src="in",
                 ambig=False):
        b, p, pp, t = forms.split("|")
        self.base, self.past, self.pp, self.third = b, p, pp, t
        self.tails = [x.strip() for x in tails.split(";") if x.strip()]
        self.need_tail = need_tail
        self.passive = passive
        self.cls = set(cls.split())
        self.key = b
        self.src = src          # EXT verbs: which source list supplies the subject
        self.ambig = ambig      # passive form needs its tail to be unambiguous


G = "goods food paper seats"          # physical stock of any kind
GP = "goods paper"

# actor takes things in (+)
ADD_ACT = [
    V("receive|received|received|receives", "from the supplier;from the vendor;from head office;at goods-in", G),
    V("get in|got in|got in|gets in", "from the depot;overnight;on the early drop", G, passive=False),
    V("bring in|brought in|brought in|brings in", "from the overflow unit;off the van;from the back", G),
    V("take in|took in|taken in|takes in", "at the back door;from the driver", G),
    V("add|added|added|adds", "to the shelf;to the count;to the pile", G),
    V("add on|added on|added on|adds on", "to the list;to the log", "people bookings mileage vehicles"),
    V("add|added|added|adds", "to the tank", "fuel"),
    V("pick up|picked up|picked up|picks up", "from the depot;from the wholesaler", G, ambig=True),
    V("collect|collected|collected|collects", "from the other site;from the sister branch", G, ambig=True),
    V("find|found|found|finds", "in the back room;behind the racking;in an unlabelled box", GP + " seats"),
    V("buy|bought|bought|buys", "from the wholesaler;at the trade counter;online", G),
    V("purchase|purchased|purchased|purchases", "on the company card;through procurement", G),
    V("transfer in|transferred in|transferred in|transfers in", "from the north site;from another site", G + " people"),
    V("book in|booked in|booked in|books in", "at goods-in;on the system", G),
    V("unload|unloaded|unloaded|unloads", "off the truck;from the trailer;from the van", G),
    V("scan in|scanned in|scanned in|scans in", "at receiving;at the dock", GP),
    V("source|sourced|sourced|sources", "from a partner store;from another supplier", G),
    V("borrow|borrowed|borrowed|borrows", "from the sister branch;from the site next door", GP + " seats", ambig=True),
    V("recover|recovered|recovered|recovers", "from the returns cage;from the lost-property shelf", GP + " seats"),
    V("top up with|topped up with|topped up with|tops up with", "", G + " fuel", passive=False),
    V("accept|accepted|accepted|accepts", "from the courier;from the driver", G),
    V("sign for|signed for|signed for|signs for", "at reception;at the gate", G),
    V("stock up on|stocked up on|stocked up on|stocks up on", "", G, passive=False),
    V("requisition|requisitioned|requisitioned|requisitions", "from central stores", GP),
    V("reclaim|reclaimed|reclaimed|reclaims", "from the returns pile", GP + " seats"),
    V("salvage|salvaged|salvaged|salvages", "from the old stock", GP + " seats"),
    V("receipt|receipted|receipted|receipts", "into the system", GP),
    V("restock|restocked|restocked|restocks", "", G),
    V("fetch|fetched|fetched|fetches", "from the overflow store;from the basement", G),
    V("haul in|hauled in|hauled in|hauls in", "from the yard", GP + " seats"),
    V("ship in|shipped in|shipped in|ships in", "from the main warehouse", G),
    V("put back|put back|put back|puts back", "on the shelf;into stock", GP),
    # kitchen
    V("cook|cooked|cooked|cooks", "for the rush;ahead of service", "food"),
    V("prep|prepped|prepped|preps", "before opening;for the lunch rush", "food"),
    V("bake|baked|baked|bakes", "early on;before the doors opened", "food"),
    V("make|made|made|makes", "for the evening;ahead of time", "food"),
    V("defrost|defrosted|defrosted|defrosts", "overnight", "food"),
    V("plate up|plated up|plated up|plates up", "for the pass", "food"),
    # print
    V("print|printed|printed|prints", "on the big machine;for the mailout", "paper"),
    V("run off|ran off|run off|runs off", "on the copier", "paper"),
    V("reprint|reprinted|reprinted|reprints", "after the typo fix", "paper"),
    V("photocopy|photocopied|photocopied|photocopies", "", "paper"),
    # seating
    V("set out|set out|set out|sets out", "in the hall;along the back wall", "seats"),
    V("put out|put out|put out|puts out", "by the stage", "seats"),
    V("unstack|unstacked|unstacked|unstacks", "", "seats"),
    V("carry in|carried in|carried in|carries in", "from storage", "seats"),
    V("set up|set up|set up|sets up", "near the door;at the front", "seats"),
    # people
    V("enrol|enrolled|enrolled|enrols", "", "people"),
    V("admit|admitted|admitted|admits", "", "people"),
    V("register|registered|registered|registers", "", "people"),
    V("sign up|signed up|signed up|signs up", "", "people"),
    V("check in|checked in|checked in|checks in", "", "people"),
    V("onboard|onboarded|onboarded|onboards", "", "people"),
    V("recruit|recruited|recruited|recruits", "", "people"),
    V("take on|took on|taken on|takes on", "", "people"),
    # vehicles
    V("wave in|waved in|waved in|waves in", "through the barrier", "vehicles"),
    V("let in|let in|let in|lets in", "at the gate", "vehicles"),
    # fuel
    V("pump in|pumped in|pumped in|pumps in", "at the depot", "fuel"),
    V("put in|put in|put in|puts in", "", "fuel"),
    V("take on|took on|taken on|takes on", "at the yard", "fuel"),
    # bookings
    V("book|booked|booked|books", "online;over the phone", "bookings"),
    V("schedule|scheduled|scheduled|schedules", "", "bookings"),
    V("log|logged|logged|logs", "", "bookings mileage"),
    # mileage
    V("clock up|clocked up|clocked up|clocks up", "on the delivery run", "mileage", passive=False),
    V("drive|drove|driven|drives", "on site visits;to the depot and back", "mileage"),
    V("claim|claimed|claimed|claims", "for the client trip", "mileage"),
]

# someone else gives to the actor (+); {OBJ} = actor object form
ADD_EXT = [
    V("deliver|delivered|delivered|delivers", "", G + " fuel"),
    V("drop off|dropped off|dropped off|drops off", "", G),
    V("send over|sent over|sent over|sends over", "", G + " people"),
    V("ship|shipped|shipped|ships", "to {OBJ}", G, need_tail=True),
    V("bring|brought|brought|brings", "round;over", G),
    V("hand over|handed over|handed over|hands over", "", GP + " seats"),
    V("supply|supplied|supplied|supplies", "", G + " fuel"),
    V("lend|lent|lent|lends", "to {OBJ}", GP + " seats", need_tail=True),
    V("donate|donated|donated|donates", "to {OBJ}", G, need_tail=True),
    V("return|returned|returned|returns", "for a refund;unused", GP, need_tail=True, src="out"),
    V("refer|referred|referred|refers", "", "people"),
    V("transfer|transferred|transferred|transfers", "over", "people"),
]

# the items themselves arrive (+): base|past|third (third unused)
ADD_INTR = [
    ("arrive", "arrived", "goods food paper seats people vehicles"),
    ("come in", "came in", "goods food paper people vehicles bookings"),
    ("turn up", "turned up", "goods paper people vehicles"),
    ("show up", "showed up", "goods paper people"),
    ("land", "landed", "goods paper"),
    ("roll in", "rolled in", "goods vehicles people bookings"),
    ("come back from repair", "came back from repair", "goods seats"),
    ("get delivered", "got delivered", "goods food paper seats"),
    ("join", "joined", "people"),
    ("sign up", "signed up", "people"),
    ("enrol", "enrolled", "people"),
    ("walk in", "walked in", "people"),
    ("check in", "checked in", "people"),
    ("pull in", "pulled in", "vehicles"),
    ("park up", "parked up", "vehicles"),
    ("drive in", "drove in", "vehicles"),
    ("come through", "came through", "bookings"),
    ("pop up on the system", "popped up on the system", "bookings"),
]

SUB_ACT = [
    V("ship out|shipped out|shipped out|ships out", "to the customer;to a client;on the noon truck", G),
    V("send out|sent out|sent out|sends out", "to the branches;on the van", G),
    V("sell|sold|sold|sells", "at the counter;over the weekend;to walk-ins", G),
    V("use|used|used|uses", "on the job;during the shift", G + " fuel"),
    V("use up|used up|used up|uses up", "", G + " fuel"),
    V("hand out|handed out|handed out|hands out", "to staff;at the door", GP + " food"),
    V("give out|gave out|given out|gives out", "to visitors;at reception", GP + " food"),
    V("issue|issued|issued|issues", "to staff;to new starters", GP),
    V("dispatch|dispatched|dispatched|dispatches", "to the branches;to clients", G),
    V("return|returned|returned|returns", "to the supplier;to the vendor;to the manufacturer", G, need_tail=True),
    V("send back|sent back|sent back|sends back", "to the vendor;to the supplier", G),
    V("scrap|scrapped|scrapped|scraps", "as damaged", GP + " seats"),
    V("bin|binned|binned|bins", "", G),
    V("throw out|threw out|thrown out|throws out", "", G),
    V("write off|wrote off|written off|writes off", "as damaged;after the audit", G),
    V("discard|discarded|discarded|discards", "", G),
    V("lose|lost|lost|loses", "in transit;somewhere on site", GP + " seats"),
    V("misplace|misplaced|misplaced|misplaces", "", GP),
    V("donate|donated|donated|donates", "to the food bank;to a local school;to charity", G, ambig=True),
    V("lend out|lent out|lent out|lends out", "to the sister site", GP + " seats"),
    V("mail out|mailed out|mailed out|mails out", "", "paper"),
    V("post|posted|posted|posts", "to clients", "paper goods"),
    V("deliver|delivered|delivered|delivers", "to clients;to the wards", G, need_tail=True),
    V("distribute|distributed|distributed|distributes", "to staff;to the teams", GP + " food"),
    V("remove|removed|removed|removes", "from the shelf;from the display", G),
    V("take off|took off|taken off|takes off", "the list;the system", "people bookings", need_tail=True),
    V("clear out|cleared out|cleared out|clears out", "", GP + " seats"),
    V("transfer out|transferred out|transferred out|transfers out", "to another site", G + " people"),
    V("move|moved|moved|moves", "to Bay D;to the annex;to the other site", G + " people vehicles", need_tail=True),
    V("offload|offloaded|offloaded|offloads", "to another branch", G),
    V("sell off|sold off|sold off|sells off", "cheap", G),
    V("recycle|recycled|recycled|recycles", "", GP),
    V("give away|gave away|given away|gives away", "as freebies;to regulars", GP + " food"),
    V("load|loaded|loaded|loads", "onto the truck;onto the van", GP),
    V("set aside|set aside|set aside|sets aside", "for a rush order;for the weekend event", G),
    V("pull|pulled|pulled|pulls", "off the shelves;for quality checks", GP + " food"),
    # kitchen
    V("serve|served|served|serves", "at lunch;to the early tables", "food"),
    V("eat|ate|eaten|eats", "on the break", "food"),
    V("comp|comped|comped|comps", "for regulars", "food"),
    # print
    V("shred|shredded|shredded|shreds", "", "paper"),
    V("pulp|pulped|pulped|pulps", "because of a typo", "paper"),
    V("pin up|pinned up|pinned up|pins up", "around the building", "paper"),
    # seating
    V("stack away|stacked away|stacked away|stacks away", "", "seats"),
    V("fold up|folded up|folded up|folds up", "and stored", "seats"),
    V("put away|put away|put away|puts away", "in storage", "seats"),
    V("carry out|carried out|carried out|carries out", "to the patio", "seats"),
    # people
    V("discharge|discharged|discharged|discharges", "", "people"),
    V("send home|sent home|sent home|sends home", "", "people"),
    V("drop|dropped|dropped|drops", "from the list", "people bookings", need_tail=True),
    # vehicles
    V("tow|towed|towed|tows", "", "vehicles"),
    V("clear|cleared|cleared|clears", "from the lot", "vehicles"),
    # fuel
    V("burn|burned|burned|burns", "on the route;idling", "fuel"),
    V("drain|drained|drained|drains", "for the service", "fuel"),
    V("siphon off|siphoned off|siphoned off|siphons off", "for the generator", "fuel"),
    V("consume|consumed|consumed|consumes", "", "fuel"),
    # bookings
    V("cancel|cancelled|cancelled|cancels", "", "bookings"),
    V("void|voided|voided|voids", "", "bookings"),
    V("release|released|released|releases", "", "bookings"),
    # mileage
    V("deduct|deducted|deducted|deducts", "as personal use", "mileage"),
    V("strike off|struck off|struck off|strikes off", "as commuting", "mileage"),
]

SUB_EXT = [
    V("buy|bought|bought|buys", "", G, src="out"),
    V("collect|collected|collected|collects", "from {OBJ}", G, need_tail=True, src="out"),
    V("pick up|picked up|picked up|picks up", "from {OBJ};from the dock", G, need_tail=True, src="out"),
    V("take|took|taken|takes", "", GP + " seats food", src="out"),
    V("borrow|borrowed|borrowed|borrows", "", GP + " seats", src="out"),
    V("claim|claimed|claimed|claims", "", GP + " food", src="out"),
    V("order and take away|ordered and took away|ordered and taken away|orders and takes away", "", "food", src="out"),
    V("use|used|used|uses", "", G + " fuel", src="out"),
    V("check out|checked out|checked out|checks out", "", "paper goods", src="out"),
    V("requisition|requisitioned|requisitioned|requisitions", "", GP, src="out"),
    V("poach|poached|poached|poaches", "", "people", src="out"),
]

SUB_INTR = [
    ("go missing", "went missing", "goods paper seats"),
    ("expire", "expired", "goods paper food bookings"),
    ("break", "broke", "goods seats"),
    ("get damaged", "got damaged", "goods paper seats"),
    ("go out on the van", "went out on the van", "goods paper"),
    ("leave on the morning truck", "left on the morning truck", "goods"),
    ("go off", "went off", "food"),
    ("spoil", "spoiled", "food"),
    ("sell out the door", "sold out the door", "food goods"),
    ("jam in the printer", "jammed in the printer", "paper"),
    ("leave", "left", "people vehicles"),
    ("drop out", "dropped out", "people"),
    ("quit", "quit", "people"),
    ("withdraw", "withdrew", "people"),
    ("go home", "went home", "people"),
    ("check out", "checked out", "people vehicles"),
    ("drive off", "drove off", "vehicles"),
    ("pull out", "pulled out", "vehicles"),
    ("exit", "exited", "vehicles"),
    ("fall through", "fell through", "bookings"),
    ("get cancelled", "got cancelled", "bookings"),
    ("leak out", "leaked out", "fuel"),
    ("get rejected by finance", "got rejected by finance", "mileage"),
]

# ---------------------------------------------------------------------------
# domains
#   items: (plural, singular, class)
#   cont: containers for a product start; grp: groups for an even split
# ---------------------------------------------------------------------------


def _items(cls, text):
    out = []
    for part in text.split(";"):
        part = part.strip()
        if not part:
            continue
        pl, sg = [x.strip() for x in part.split("/")]
        out.append((pl, sg, cls))
    return out


def _pairs(text):
    return [tuple(x.strip() for x in p.split("/")) for p in text.split(";") if p.strip()]


DOMAINS = {
    "warehouse": dict(
        items=_items("goods", """pallets/pallet; cartons/carton; crates/crate; totes/tote;
            drums of oil/drum of oil; sacks of cement/sack of cement; spools of cable/spool of cable;
            coils of wire/coil of wire; boxes of screws/box of screws; tubs of grease/tub of grease;
            case packs/case pack; shrink-wrap rolls/shrink-wrap roll; pcs/pc; units/unit;
            hard hats/hard hat; hi-vis vests/hi-vis vest; extension cords/extension cord;
            fire extinguishers/fire extinguisher; bags of gravel/bag of gravel; roof tiles/roof tile;
            paint tins/paint tin; lengths of pipe/length of pipe; bolts/bolt; tyres/tyre;
            air filters/air filter; bearings/bearing; sheets of plywood/sheet of plywood"""),
        cont=_pairs("pallets/pallet; crates/crate; racks/rack; bins/bin; cages/cage; shelves/shelf; stillages/stillage"),
        grp=_pairs("bays/bay; trucks/truck; branches/branch; stores/store; zones/zone; depots/depot; aisles/aisle"),
        places=["in Bay C", "in the stockroom", "on the mezzanine", "at the north depot",
                "in the overflow unit", "at goods-in", "in aisle K", "in the yard"],
        teams=["the night shift", "Receiving", "the dock crew", "Goods-in", "the stock team", "the yard team"],
        src_in=["the supplier", "the courier", "the haulier", "head office", "the vendor", "the freight firm"],
        src_out=["customers", "the courier", "a contractor", "the site team", "trade buyers"],
        fillers=["The forklift was out of action again.", "Cycle count happens every Friday.",
                 "Nobody updated the WMS until the end of the shift.", "The roller door got stuck for a while.",
                 "Backorders are tracked on a separate sheet.", "The dock was freezing."],
    ),
    "shipping": dict(
        items=_items("goods", """parcels/parcel; mailers/mailer; padded bags/padded bag; packing slips/packing slip;
            shipping labels/shipping label; customs forms/customs form; bubble-wrap rolls/bubble-wrap roll;
            tape rolls/tape roll; courier bags/courier bag; return labels/return label; freight boxes/freight box;
            poster tubes/poster tube; jiffy bags/jiffy bag; flat-pack boxes/flat-pack box;
            address stickers/address sticker; stamps/stamp; sacks of mail/sack of mail; gift boxes/gift box;
            fragile stickers/fragile sticker; postal tubs/postal tub; cable ties/cable tie"""),
        cont=_pairs("sacks/sack; cages/cage; trolleys/trolley; crates/crate; tubs/tub; bundles/bundle; rolls/roll"),
        grp=_pairs("vans/van; routes/route; drivers/driver; depots/depot; rounds/round; couriers/courier"),
        places=["in the post room", "in the dispatch area", "on the sorting bench", "at the mail hub",
                "on the packing line"],
        teams=["the post room", "Dispatch", "the mail team", "the sorting crew", "the packing line"],
        src_in=["the courier", "the post office", "the carrier", "the main warehouse"],
        src_out=["the courier", "the carrier", "the afternoon driver", "the sales team"],
        fillers=["Cut-off for same-day is mid-afternoon.", "The label printer kept jamming.", "Tracking numbers were emailed to clients.",
                 "The van was late back from its run.", "Customs paperwork took ages."],
    ),
    "printing": dict(
        items=(_items("paper", """flyers/flyer; brochures/brochure; posters/poster; business cards/business card;
            booklets/booklet; banners/banner; name badges/name badge; postcards/postcard; leaflets/leaflet;
            event programmes/event programme; laminated signs/laminated sign; stickers/sticker;
            letterheads/letterhead; certificates/certificate; wall calendars/wall calendar; handbooks/handbook;
            worksheets/worksheet; order forms/order form; door hangers/door hanger; bookmarks/bookmark;
            greeting cards/greeting card; copies of the newsletter/copy of the newsletter""")
               + _items("goods", """reams of paper/ream of paper; toner cartridges/toner cartridge;
            ink cartridges/ink cartridge; binding combs/binding comb""")),
        cont=_pairs("boxes/box; packs/pack; bundles/bundle; stacks/stack; trays/tray; shrink-wrapped packs/shrink-wrapped pack"),
        grp=_pairs("departments/department; clients/client; offices/office; stands/stand; booths/booth; regions/region"),
        places=["in the print room", "at the copy shop", "by the big printer", "in the finishing area",
                "on the guillotine table"],
        teams=["the print room", "the copy shop", "Reprographics", "the design team", "the finishing crew"],
        src_in=["the print shop", "the vendor", "the outside printer", "the trade printer"],
        src_out=["the sales reps", "the marketing team", "walk-in customers", "the events team"],
        fillers=["The proof was signed off late.", "Colour settings were a nightmare.",
                 "The guillotine blade needs replacing.", "Paper stock is the usual weight.",
                 "The client changed the logo last minute."],
    ),
    "events": dict(
        items=(_items("seats", """chairs/chair; folding chairs/folding chair; seats/seat; tables/table;
            bar stools/bar stool; benches/bench; cushions/cushion; high chairs/high chair; banquet chairs/banquet chair""")
               + _items("paper", """place cards/place card; tickets/ticket; RSVP cards/RSVP card; guest passes/guest pass;
            VIP passes/VIP pass; name tags/name tag""")
               + _items("goods", """wristbands/wristband; lanyards/lanyard; tablecloths/tablecloth;
            centrepieces/centrepiece; napkins/napkin; goody bags/goody bag; fairy-light strings/fairy-light string""")),
        cont=_pairs("stacks/stack; trolleys/trolley; boxes/box; bags/bag; crates/crate"),
        grp=_pairs("rooms/room; halls/hall; sections/section; tents/tent; marquees/marquee; zones/zone"),
        places=["in the main hall", "in the ballroom", "at the venue", "in the marquee", "by the stage",
                "in the function room"],
        teams=["the events team", "the venue crew", "Facilities", "the setup crew", "the wedding planner"],
        src_in=["the hire company", "the rental firm", "the venue", "the caterer"],
        src_out=["the caterer", "guests", "the hire company", "the band's crew"],
        fillers=["The bride's family arrived early.", "Doors open in the evening.",
                 "The AV check ran over.", "Seating plan is still in draft.", "It rained during setup."],
        products=["{a} rows of {b} {item}", "{a} tables with {b} {item} at each", "{a} rows, {b} {item} per row"],
    ),
    "parking": dict(
        items=(_items("vehicles", """cars/car; vans/van; motorbikes/motorbike; pickup trucks/pickup truck;
            electric cars/electric car; minibuses/minibus""")
               + _items("paper", """parking permits/parking permit; visitor passes/visitor pass; ticket stubs/ticket stub;
            pay-and-display tickets/pay-and-display ticket; valet tags/valet tag; clamp notices/clamp notice""")
               + _items("goods", """parking tokens/parking token; traffic cones/traffic cone; barrier cards/barrier card;
            EV charging cards/EV charging card""")),
        cont=_pairs("stacks/stack; packs/pack; boxes/box; bundles/bundle; crates/crate"),
        grp=_pairs("levels/level; lots/lot; zones/zone; gates/gate; attendants/attendant"),
        places=["in Lot B", "on the upper deck", "in the staff car park", "at the east garage", "in the visitor lot",
                "in the overflow field"],
        teams=["the parking office", "Security", "the gate team", "the attendants"],
        src_in=["the council", "the parking office", "the vendor", "head office"],
        src_out=["staff", "contractors", "the night team", "visitors"],
        fillers=["The barrier arm was stuck open for a bit.", "Pay machines were cash only.",
                 "Level C is closed for resurfacing.", "A football match was on nearby."],
    ),
    "kitchen": dict(
        items=(_items("food", """burgers/burger; pizzas/pizza; portions of fries/portion of fries;
            orders of wings/order of wings; bread rolls/bread roll; salads/salad; coffees/coffee; lattes/latte;
            sandwiches/sandwich; bowls of soup/bowl of soup; steaks/steak; tacos/taco; dumplings/dumpling;
            croissants/croissant; muffins/muffin; bagels/bagel; eggs/egg; lemons/lemon; cans of soda/can of soda;
            bottles of water/bottle of water; spring rolls/spring roll; pies/pie; scones/scone; wraps/wrap;
            portions of rice/portion of rice; slices of cake/slice of cake""")
               + _items("goods", """takeaway boxes/takeaway box; cutlery sets/cutlery set; paper cups/paper cup;
            aprons/apron""")
               + _items("bookings", """table bookings/table booking; reservations/reservation""")),
        cont=_pairs("trays/tray; crates/crate; boxes/box; batches/batch; racks/rack; cases/case; sleeves/sleeve"),
        grp=_pairs("tables/table; stations/station; servers/server; branches/branch; delivery drivers/delivery driver"),
        places=["in the walk-in", "on the pass", "in the kitchen", "at the front counter", "in the freezer",
                "at the café"],
        teams=["the kitchen", "the line cooks", "the café", "front of house", "the grill station", "Chef Amara"],
        src_in=["the bakery", "the wholesaler", "the produce supplier", "the brewery", "the cash-and-carry"],
        src_out=["diners", "walk-ins", "the lunch crowd", "delivery riders", "the catering order"],
        fillers=["The ice machine broke again.", "Service was slammed.", "The health inspector stopped by.",
                 "Table turnover was slow.", "Specials board got updated."],
    ),
    "gym": dict(
        items=(_items("people", """members/member; attendees/attendee; new joiners/new joiner; trial members/trial member""")
               + _items("bookings", """class bookings/class booking; spin bookings/spin booking; PT sessions/PT session""")
               + _items("goods", """mats/mat; kettlebells/kettlebell; dumbbells/dumbbell; resistance bands/resistance band;
            towels/towel; protein bars/protein bar; water bottles/water bottle; jump ropes/jump rope;
            foam rollers/foam roller; medicine balls/medicine ball; gym bags/gym bag""")
               + _items("paper", """class passes/class pass; day passes/day pass; trial vouchers/trial voucher""")),
        cont=_pairs("racks/rack; bins/bin; crates/crate; boxes/box; packs/pack"),
        grp=_pairs("classes/class; studios/studio; sessions/session; instructors/instructor; time slots/time slot; branches/branch"),
        places=["at the front desk", "in Studio B", "in the weights room", "in the store cupboard", "at the gym"],
        teams=["the front desk", "Coach Reyes", "the studio", "the membership team"],
        src_in=["the supplier", "head office", "the sponsor", "the brand rep"],
        src_out=["members", "a rival gym", "the PT team", "the other branch"],
        fillers=["The aircon was off.", "New timetable starts next month.", "Music in the studio was too loud.",
                 "The showers are being retiled."],
    ),
    "fleet": dict(
        items=(_items("fuel", """litres of diesel/litre of diesel; litres of petrol/litre of petrol;
            gallons of fuel/gallon of fuel; gallons of heating oil/gallon of heating oil; litres of AdBlue/litre of AdBlue""")
               + _items("mileage", """miles/mile; km/km; business miles/business mile""")
               + _items("goods", """fuel vouchers/fuel voucher; jerry cans/jerry can; wiper blades/wiper blade;
            tyre valves/tyre valve""")),
        cont=_pairs("jerry cans/jerry can; drums/drum; tanks/tank; barrels/barrel"),
        grp=_pairs("vans/van; trucks/truck; generators/generator; cost codes/cost code; depots/depot; routes/route"),
        places=["in the main tank", "in the depot tank", "in the reserve tank", "on the fleet log",
                "on the mileage sheet"],
        teams=["the fleet manager", "Transport", "the depot", "the drivers"],
        src_in=["the tanker", "the fuel supplier", "the depot"],
        src_out=["the generator", "the night driver", "the backup van", "the road crew"],
        fillers=["Fuel prices went up again.", "The van is due a service.", "Roadworks on the usual route.",
                 "Receipts go to accounts on Monday."],
    ),
    "hospital": dict(
        items=(_items("goods", """wristbands/wristband; syringes/syringe; gauze packs/gauze pack; face masks/face mask;
            boxes of gloves/box of gloves; IV bags/IV bag; sample tubes/sample tube; visitor badges/visitor badge;
            wheelchairs/wheelchair; pill packs/pill pack; thermometers/thermometer; bandages/bandage;
            saline bottles/saline bottle; hand-gel bottles/hand-gel bottle; sharps bins/sharps bin""")
               + _items("paper", """patient files/patient file; discharge forms/discharge form; referral letters/referral letter;
            consent forms/consent form""")
               + _items("people", """patients/patient; outpatients/outpatient""")
               + _items("bookings", """appointments/appointment; clinic slots/clinic slot""")),
        cont=_pairs("cartons/carton; boxes/box; trolleys/trolley; cabinets/cabinet; crates/crate; trays/tray"),
        grp=_pairs("wards/ward; clinics/clinic; departments/department; nurses' stations/nurses' station; floors/floor"),
        places=["on Ward C", "in the supply room", "at admissions", "at the nurses' station", "in outpatients"],
        teams=["Admissions", "the ward clerk", "Dr. Haddad", "the night sister", "Outpatients", "the pharmacy"],
        src_in=["central stores", "the pharmacy", "the supplier", "the sister hospital"],
        src_out=["the wards", "the theatre team", "the community nurses", "A&E"],
        fillers=["The bleep system was down briefly.", "Handover ran late.", "Audit is due at month end.",
                 "Agency staff covered the night."],
    ),
    "school": dict(
        items=(_items("paper", """exam papers/exam paper; permission slips/permission slip; report cards/report card;
            lunch tickets/lunch ticket; bus passes/bus pass; hall passes/hall pass; student IDs/student ID;
            detention slips/detention slip""")
               + _items("goods", """textbooks/textbook; pencils/pencil; glue sticks/glue stick; notebooks/notebook;
            lab coats/lab coat; calculators/calculator; laptops/laptop; library books/library book;
            locker keys/locker key; whiteboard markers/whiteboard marker; binders/binder; folders/folder;
            rulers/ruler; art smocks/art smock; sports bibs/sports bib; trophies/trophy""")
               + _items("people", """students/student; pupils/pupil; applicants/applicant""")),
        cont=_pairs("boxes/box; packs/pack; trolleys/trolley; crates/crate; bundles/bundle; cartons/carton; shelves/shelf"),
        grp=_pairs("classes/class; classrooms/classroom; year groups/year group; teachers/teacher; tutor groups/tutor group; departments/department"),
        places=["in the school office", "in the library", "in the supply cupboard", "at reception", "in the staff room"],
        teams=["the school office", "Mrs. Okafor", "the bursar", "Reception", "the head of year", "Mr. Lindqvist"],
        src_in=["the district office", "the publisher", "the PTA", "the trust"],
        src_out=["the science department", "teachers", "the upper school", "the after-school club"],
        fillers=["Term starts next week.", "The photocopier was broken.", "Parents' evening is on Thursday.",
                 "Inspection is coming up."],
    ),
    "office": dict(
        items=_items("goods", """staplers/stapler; sticky-note pads/sticky-note pad; pens/pen; envelopes/envelope;
            coffee pods/coffee pod; packs of printer paper/pack of printer paper; keycards/keycard; monitors/monitor;
            headsets/headset; desk chairs/desk chair; mouse mats/mouse mat; USB sticks/USB stick;
            whiteboard erasers/whiteboard eraser; docking stations/docking station; webcams/webcam;
            desk lamps/desk lamp; HDMI cables/HDMI cable; tea bags/tea bag; milk cartons/milk carton"""),
        cont=_pairs("boxes/box; packs/pack; cartons/carton; trolleys/trolley; cupboards/cupboard"),
        grp=_pairs("teams/team; floors/floor; departments/department; offices/office; pods/pod"),
        places=["in the supply cupboard", "at reception", "in IT storage", "on the top floor", "in the post room"],
        teams=["IT", "Facilities", "the office manager", "HR", "the service desk"],
        src_in=["the vendor", "IT procurement", "head office", "the reseller"],
        src_out=["new starters", "the sales floor", "contractors", "the finance team"],
        fillers=["The Wi-Fi dropped out all morning.", "Hot-desking starts soon.", "Everyone was in for the all-hands.",
                 "The kitchen was being cleaned."],
    ),
}

CLASS_CONT = {
    "people": _pairs("groups/group; coaches/coach; teams/team; sessions/session; classes/class"),
    "vehicles": _pairs("levels/level; rows/row; lanes/lane"),
    "fuel": _pairs("jerry cans/jerry can; drums/drum; tanks/tank"),
    "mileage": _pairs("days/day; trips/trip; routes/route; shifts/shift"),
    "bookings": _pairs("sessions/session; days/day; time slots/time slot"),
}
CLASS_GRP = {
    "people": _pairs("classes/class; groups/group; wards/ward; teams/team; sessions/session"),
    "vehicles": _pairs("levels/level; lots/lot; zones/zone"),
    "fuel": _pairs("vans/van; jerry cans/jerry can; generators/generator; tanks/tank"),
    "mileage": _pairs("cost codes/cost code; projects/project; clients/client"),
    "bookings": _pairs("sessions/session; instructors/instructor; days/day; rooms/room"),
}
STOCK = {
    "goods": ["stock", "count", "qty", "inventory", "total", "supply"],
    "food": ["stock", "count", "qty", "total", "batch"],
    "paper": ["stock", "count", "qty", "total", "print run"],
    "seats": ["count", "total", "qty", "chair count"],
    "people": ["headcount", "roster", "count", "total", "attendance"],
    "vehicles": ["vehicle count", "count", "total"],
    "fuel": ["reserve", "amount", "fuel stock", "total", "volume"],
    "mileage": ["mileage", "total", "claim", "running total"],
    "bookings": ["booking count", "total", "list", "count"],
}

GENERIC_FILLERS = [
    "It was a busy shift.", "Nobody updated the sheet until later.", "The system was down for part of the day.",
    "The manager signed off on it.", "Everything was logged by hand.", "Weather was poor all week.",
    "All counts are whole units.", "No other changes were reported.", "The van ran late.",
    "Note: the scanner was acting up.", "Lunch break ran long.", "The audit is next week.",
    "This is for the weekly report.", "Figures come from the handover note.", "Please check before submitting.",
    "Use the latest sheet.", "The fire alarm test interrupted things briefly.", "Staff were short-handed.",
    "Nothing else moved.", "Ignore the old spreadsheet.", "Monday was chaos.", "It was a quiet morning.",
    "The boss wants this by end of day.", "Quick one for the report.", "Sorry for the rush.",
    "Need this for the handover.", "Got asked this in the team chat.",
]

# ---------------------------------------------------------------------------
# multiply / divide phrasings: (template, fixed factor or None, kind, classes or None)
#   kind: S = needs a subject (past), P = passive / neutral, I = imperative
# ---------------------------------------------------------------------------
MUL_T = [
    ("{S} multiplied the {stock} by {n}", None, "S"),
    ("the {stock} was multiplied by {n}", None, "P"),
    ("multiply the {stock} by {n}", None, "I"),
    ("multiply by {n}", None, "I"),
    ("the number of {item} became {n} times larger", None, "P"),
    ("{S} ended up with {n} times as many {item}", None, "S"),
    ("now there are {n} times as many {item}", None, "P"),
    ("the {stock} grew to {n} times its size", None, "P"),
    ("the {stock} went up {nfold}", None, "P"),
    ("scale the {stock} up by a factor of {n}", None, "I"),
    ("the {stock} was scaled up by a factor of {n}", None, "P"),
    ("{S} scaled it up {nx}", None, "S"),
    ("the {stock} is now {n} times what it was", None, "P"),
    ("it got bumped up to {n} times the amount", None, "P"),
    ("{S} boosted the {stock} {nfold}", None, "S"),
    ("apply a multiplier of {n}", None, "I"),
    ("{S} applied a multiplier of {n} to the {stock}", None, "S"),
    ("times the {stock} by {n}", None, "I"),
    ("the {stock} went up by a factor of {n}", None, "P"),
    ("{S} made the {stock} {n} times bigger", None, "S"),
    ("the {stock} expanded {nfold}", None, "P"),
    ("grow the {stock} {nfold}", None, "I"),
    ("the {stock} jumped to {n} times the previous figure", None, "P"),
    ("the {stock} got multiplied {n} times over", None, "P"),
    ("increase the {stock} to {n} times its current level", None, "I"),
    ("{S} ramped the {stock} up to {n} times the amount", None, "S"),
    ("{poss} {stock} ended up {n} times higher", None, "S"),
    ("there are {n} times as many {item} after that", None, "P"),
    ("make it {n} times the current {stock}", None, "I"),
    ("by close the {stock} stood at {n} times that", None, "P"),
    ("{S} {was} told to carry {n} times as many {item}, and did", None, "S"),
    ("bump the {stock} to {nx} what it is", None, "I"),
    ("the {stock} was pushed up to {n} times its level", None, "P"),
    ("the {stock} doubled", 2, "P"),
    ("{S} doubled the {stock}", 2, "S"),
    ("double it", 2, "I"),
    ("double the {stock}", 2, "I"),
    ("{S} ended up with twice as many", 2, "S"),
    ("now there are twice as many {item}", 2, "P"),
    ("the {stock} got doubled", 2, "P"),
    ("numbers doubled", 2, "P"),
    ("the {stock} was doubled for the weekend", 2, "P"),
    ("the {stock} tripled", 3, "P"),
    ("{S} tripled the {stock}", 3, "S"),
    ("triple it", 3, "I"),
    ("triple the {stock}", 3, "I"),
    ("the {stock} was tripled", 3, "P"),
    ("{S} ended up with triple the {item}", 3, "S"),
    ("quadruple the {stock}", 4, "I"),
    ("the {stock} quadrupled", 4, "P"),
]

DIV_T = [
    ("{S} split them equally among {n} {groups} and kept one share", None, "S"),
    ("the {item} were divided evenly among {n} {groups}; only one {group}'s share stays here", None, "P"),
    ("divide the {stock} by {n}", None, "I"),
    ("divide by {n}", None, "I"),
    ("{S} shared them out equally between {n} {groups}, keeping one share", None, "S"),
    ("split into {n} equal batches; keep one batch", None, "I"),
    ("spread them evenly across {n} {groups} and count just one {group}'s share", None, "I"),
    ("{S} cut the {stock} into {n} equal lots and held on to one lot", None, "S"),
    ("the {stock} was split into {n} equal shares and only one share stayed here", None, "P"),
    ("distribute them equally to {n} {groups}; one share stays", None, "I"),
    ("the {stock} was broken down into {n} equal parts, with one part kept on site", None, "P"),
    ("allocate them evenly to {n} {groups} and retain a single share", None, "I"),
    ("the {stock} got split {n} ways and {S} kept one portion", None, "S"),
    ("divvy them up evenly into {n} {groups}; keep one", None, "I"),
    ("{S} portioned them out over {n} {groups} equally, keeping one {group}'s worth", None, "S"),
    ("{S} parcelled them out equally to {n} {groups} and kept one share", None, "S"),
    ("everything was split evenly {n} ways; one share stayed with {OBJ}", None, "P"),
    ("the {item} were sorted equally across {n} {groups}, and only one {group}'s share was kept", None, "P"),
    ("only one of {n} equal shares stays here", None, "P"),
    ("an even split across {n} {groups} followed; one share remains here", None, "P"),
    ("{S} divided the {stock} equally into {n} parts, retaining one part", None, "S"),
    ("share the {item} out evenly over {n} {groups}; one share is ours", None, "I"),
    ("the {item} got spread equally over {n} {groups}, and {S} kept one {group}'s share", None, "S"),
    ("break it into {n} even shares; one stays", None, "I"),
    ("{S} evenly split the {stock} {n} ways, keeping just one share", None, "S"),
    ("the {stock} was carved up evenly among {n} {groups}; this site keeps one share", None, "P"),
    ("{S} kept one of {n} equal piles and passed the rest on", None, "S"),
    ("each of {n} {groups} took an equal share, and one share came back to {OBJ}", None, "P"),
    ("half of them went to the other site", 2, "P"),
    ("{S} halved the {stock}", 2, "S"),
    ("halve it", 2, "I"),
    ("halve the {stock}", 2, "I"),
    ("cut the {stock} in half", 2, "I"),
    ("only half remained", 2, "P"),
    ("half were moved out and the rest stayed", 2, "P"),
    ("the {stock} was halved", 2, "P"),
    ("{S} gave away half of them", 2, "S"),
    ("half of the {item} got transferred elsewhere", 2, "P"),
    ("the {stock} dropped by half", 2, "P"),
    ("a third of them stayed; the rest went elsewhere", 3, "P"),
    ("keep a third and send the rest on", 3, "I"),
    ("{S} kept just a third", 3, "S"),
    ("only a third of the {item} remained", 3, "P"),
    ("the {stock} was cut to a third", 3, "P"),
]

# last change is an even split and the question asks for one share
EACH_T = [
    ("{S} split them equally among {n} {groups}", "S"),
    ("the {item} are to be shared equally by {n} {groups}", "P"),
    ("divide them evenly between {n} {groups}", "I"),
    ("{S} {needs} to spread them equally over {n} {groups}", "S"),
    ("everything goes out evenly to {n} {groups}", "P"),
    ("the lot gets split evenly across {n} {groups}", "P"),
    ("share them out equally among {n} {groups}", "I"),
]
EACH_Q = ["How many does each {group} get?", "How many per {group}?", "What is each {group}'s share?",
          "Find the qty per {group}.", "How many {item} go to each {group}?", "Each {group} gets how many?",
          "Qty per {group}?", "Work out the number for each {group}."]

QUESTIONS = [
    "How many {item} are left?", "How many {item} remain?", "How many {item} now?", "What's the {item} count now?",
    "Qty of {item} at close?", "Find the total.", "Find the final count.", "Work out how many {item} {S} {has} now.",
    "Give the final qty.", "How many {item} {does} {S} end up with?", "Current stock of {item}?",
    "What is the closing count?", "How many {item} are on hand?", "Total {item} on hand?",
    "Report the remaining {item}.", "Calc the no. of {item} at end of day.",
    "How many {item} should the count sheet show?", "What number goes in the log?", "How many are there now?",
    "Need the final no. of {item}.", "Count at EOD?", "What's left?", "How many {item} at the end?", "Final qty?",
    "What should the system show for {item}?", "How many {item} in total now?", "What's the new total?",
    "Figure out the end count.", "How many {item} does that leave?", "Remaining qty?",
    "How many {item} are there after all that?", "Pls confirm the final {item} count.",
    "What's the balance of {item}?", "Total now?", "How many {item} {does} {S} have at the end?",
    "Find the number of {item} left.", "What figure do I put down for {item}?", "End-of-day {item}?",
]

START_SINGLE = {
    "narr": [
        "{S} had {st} {item}{place}.", "{S} started the day with {st} {item}.", "{S} {has} {st} {item} in stock.",
        "{S} {was} holding {st} {item}.", "{S} logged {st} {item} at opening.",
        "At the start of the week {S} had {st} {item}.", "{S} kicked off with {st} {item}.",
        "There were {st} {item}{place}.", "The morning count for {S} showed {st} {item}.",
        "{S} {is} sitting on {st} {item}.", "{Poss} opening count was {st} {item}.",
        "{S} began the shift with {st} {item}{place}.", "{S} counted {st} {item}{place} at the start of the day.",
    ],
    "log": [
        "Start: {st} {item}.", "Opening stock: {st} {item}.", "Count at open: {st} {item}.",
        "Qty on hand: {st} {item}.", "Inventory shows {st} {item}{place}.", "Per the last count, {st} {item}.",
        "{st} {item} on hand at start of shift.", "Opening balance: {st} {item}.",
        "As of Monday: {st} {item}{place}.", "Stock check: {st} {item}.", "Start of day, {st} {item}{place}.",
        "Current count is {st} {item}.",
    ],
    "imper": [
        "Start with {st} {item}.", "Begin with {st} {item}.", "Start w/ {st} {item}.",
        "Take {st} {item} as the opening qty.", "Opening qty is {st} {item}.", "Assume {st} {item} to begin with.",
        "We have {st} {item}{place}.", "Say there are {st} {item}{place}.",
    ],
}
# {x} first factor written, {y} second; the first step multiplies x by y
START_PROD = [
    "{S} had {x} {cont} with {y} {item} in each.", "{S} received {x} {cont}, each holding {y} {item}.",
    "There were {x} {cont} of {y} {item} each{place}.", "Each of the {x} {cont} holds {y} {item}.",
    "There are {x} {cont}; every {cont1} has {y} {item}.", "{x} {item} per {cont1}, {y} {cont} in total.",
    "Stock is {x} {cont} at {y} {item} a {cont1}.", "Start w/ {x} {cont}, {y} {item} per {cont1}.",
    "Opening stock: {x} {cont}, {y} {item} in each.", "{x} full {cont}, {y} {item} apiece.",
    "{S} {has} {x} {cont} holding {y} {item} each.", "We've got {x} {cont} with {y} {item} apiece.",
    "{x} {cont} came in, {y} {item} to a {cont1}.", "{x} {cont} of {y} {item}{place}.",
    "Begin with {x} {cont} of {y} {item} each.",
    "{S} started with {x} {cont}, and every {cont1} held {y} {item}.",
]
# templates where the per-container count comes first in the text
PROD_SWAPPED = {"{x} {item} per {cont1}, {y} {cont} in total."}

STEP_PRE = {
    "+": ["Restock:", "Incoming:", "Add the delivery:", "After the drop-off,", "Plus the new ones:", "Received:",
          "Adding:", "In:", "New arrivals:", "Add them on:", "Top-up:", "After the additions,"],
    "-": ["Out:", "Less the outgoing:", "Minus what went out:", "Remove those:", "Outgoing:",
          "Take away the used ones:", "Deduct:", "After losses,", "Subtract:", "Less:", "Take off:"],
    "*": ["Scale up:", "Multiply:", "Apply the factor:", "After the increase,", "Growth:", "Times:",
          "Multiplied:", "Bulk up:"],
    "/": ["Split:", "One share:", "Divide:", "Share kept:", "After splitting,", "Even split:", "Divided:"],
    "s": ["Start:", "Total to begin:", "Opening qty:", "Base count:", "Containers times contents:",
          "Initial total:", "First get the starting total:", "Starting stock:"],
}
STEP_CONN = ["First,", "Then", "Next,", "After that,", "Now", "So", "=>", "->", "Running total:", "qty:",
             "count:", "Subtotal:", "ok,", "Then:", "Step:"]
STEP_SUF = {
    "+": [" {item} now", " now", " in total", " {item} total", " after restock", " on hand"],
    "-": [" {item} left", " left", " remaining", " {item} remaining", " still on hand", " left over"],
    "*": [" {item} in total", " now", " total", " after scaling", " {item}"],
    "/": [" {item} kept", " in one share", " left here", " {item}", " per share"],
    "s": [" {item} to start", " to begin with", " in total", " {item}"],
}
STEP_NOTE = {
    "+": ["after restock", "incoming", "delivery added", "added"],
    "-": ["outgoing", "removed", "gone", "taken off"],
    "*": ["scaled", "multiplied", "factor applied"],
    "/": ["one share", "split", "divided"],
    "s": ["start", "opening total", "base"],
}
STEP_ECHO = {
    "+": ["Plus {b}:", "Add {b}:", "{b} more in:", "With {b} added,"],
    "-": ["Less {b}:", "{b} out:", "Minus {b}:", "Take off {b}:", "With {b} gone,"],
    "*": ["Times {b}:", "Factor of {b}:", "Multiply by {b}:"],
    "/": ["Split {b} ways:", "Divide by {b}:", "{b} equal shares:"],
}
ANSWERS = [
    "Final: {x}", "{x} {item} remain.", "#### {x}", "Answer: {x}", "The answer is {x}.", "So {S} {has} {x} {item} left.",
    "qty now: {x}", "Total: {x} {item}.", "=> {x}", "{x} {item} on hand at close.", "That leaves {x}.", "Ans: {x}",
    "Closing stock: {x} {item}.", "Log {x} {item}.", "Result: {x}", "{x} total.", "Final count {x}.",
    "So the answer is {x}. #### {x}", "{x} {item}. #### {x}", "End count: {x} {item}", "Put down {x}.",
    "{x} is the final figure.", "=> {x} {item} in the end", "Answer is {x}",
    "We end up with {x} {item}.", "Final qty {x}", "So {x} {item} are left.", "{x}",
]
ANSWERS_EACH = ["Each {group} gets {x}.", "{x} per {group}.", "Final: {x} each", "#### {x}", "Answer: {x} per {group}",
                "So every {group} gets {x} {item}.", "{x} {item} each. #### {x}", "Per {group}: {x}"]

SYMS = [
    {"+": "+", "-": "-", "*": "*", "/": "/"},
    {"+": "+", "-": "−", "*": "×", "/": "÷"},
    {"+": "+", "-": "-", "*": "×", "/": "/"},
    {"+": "+", "-": "-", "*": "×", "/": "÷"},
]

CLASS_PROD = {
    "seats": ["{S} set out {x} rows of {y} {item}.", "The hall was laid out as {x} rows with {y} {item} per row.",
              "Setup: {x} tables, {y} {item} at each.", "{x} rows of {y} {item} were put out{place}."],
    "mileage": ["{S} drove {x} days at {y} {item} a day.", "Log shows {x} trips of {y} {item} each.",
                "{x} round trips, {y} {item} per trip."],
    "people": ["{x} {cont} of {y} {item} were booked in.", "{S} had {x} {cont} with {y} {item} in each.",
               "There are {x} {cont}, {y} {item} per {cont1}."],
}

WE = {"name": "we", "pro": "we", "obj": "us", "poss": "our", "pro_plural": True, "name_plural": True}

# ---------------------------------------------------------------------------
# arithmetic helpers
# ---------------------------------------------------------------------------


def apply_op(op, a, b):
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


def ok_val(v):
    return v is not None and 0 <= v <= 9999


def misreads(v):
    """Numbers a person plausibly writes instead of v."""
    out = {v + 1, v - 1, v + 10, v - 10}
    if v >= 100:
        out |= {v + 100, v - 100}
    s = str(v)
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.add(int(t))
    for i in range(len(s)):
        for dd in (1, -1):
            d = int(s[i]) + dd
            if 0 <= d <= 9:
                t = s[:i] + str(d) + s[i + 1:]
                if t[0] != "0" or len(t) == 1:
                    out.add(int(t))
    out.discard(v)
    near = {v + 1, v - 1, v + 10, v - 10}
    return sorted(x for x in out if 0 <= x <= 9999 and (len(str(x)) == len(s) or x in near))


def _no_carry(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    n = max(len(sa), len(sb))
    digs = [(int(sa[i]) if i < len(sa) else 0) + (int(sb[i]) if i < len(sb) else 0) for i in range(n)]
    return int("".join(str(d % 10) for d in digs)[::-1])


def _no_borrow(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    n = len(sa)
    digs = [abs(int(sa[i]) - (int(sb[i]) if i < len(sb) else 0)) for i in range(n)]
    return int("".join(str(d) for d in digs)[::-1])


def slips(a, op, b, r):
    """Wrong results for a op b (true r) that look like real slips."""
    out = {r + 1, r - 1, r + 10, r - 10}
    s = str(r)
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                out.add(int(t))
    if op == "+":
        out.add(_no_carry(a, b))
        if r >= 100:
            out |= {r + 100, r - 100}
    elif op == "-":
        out.add(_no_borrow(a, b))
        if r >= 100:
            out |= {r + 100, r - 100}
    elif op == "*":
        out |= {r + a, r - a, r + b, r - b}
        if r >= 100:
            out |= {r + 100, r - 100}
    elif op == "/":
        out |= {r + 2, r - 2}
    out.discard(r)
    if r < 10:
        return sorted(x for x in out if 0 <= x <= 9 and abs(x - r) <= 2)
    return sorted(x for x in out if 0 <= x <= 9999 and len(str(x)) == len(s))


# ---------------------------------------------------------------------------
# chain of true results
# ---------------------------------------------------------------------------


def _pick_amount(rng, op, cur):
    if op == "+":
        hi = min(999, 9999 - cur)
        if hi < 2:
            return None
        if rng.random() < 0.75:
            hi = min(hi, max(12, cur))
        v = rng.randint(2, hi)
        if v >= 20 and rng.random() < 0.3:
            v = max(5, v - v % 5)
        return v
    if op == "-":
        hi = min(999, cur - 2)
        if hi < 2:
            return None
        if rng.random() < 0.7:
            hi = max(2, min(hi, int(cur * 0.7)))
        v = rng.randint(2, hi)
        if v >= 20 and rng.random() < 0.3:
            v = max(5, v - v % 5)
        return v
    if op == "*":
        fs = [f for f in range(2, 13) if cur * f <= 9999]
        if not fs or cur > 4000:
            return None
        w = [{2: 8, 3: 6, 4: 4, 5: 3, 6: 2, 10: 2}.get(f, 1) for f in fs]
        return rng.choices(fs, w)[0]
    if op == "/":
        ds = [d for d in range(2, 13) if cur % d == 0 and cur // d >= 2]
        if not ds:
            return None
        w = [{2: 7, 3: 5, 4: 4, 5: 3, 6: 2, 10: 2}.get(d, 1) for d in ds]
        return rng.choices(ds, w)[0]
    raise ValueError(op)


def build_chain(rng):
    prod = None
    if rng.random() < 0.28:
        while True:
            cnt = rng.randint(2, 40)
            per = rng.randint(2, 12) if rng.random() < 0.5 else rng.randint(6, 60)
            if 12 <= cnt * per <= 9999:
                break
        prod = (cnt, per)
        start = cnt * per
    else:
        r = rng.random()
        if r < 0.04:
            start = 1000
        elif r < 0.5:
            start = rng.randint(12, 150)
        elif r < 0.85:
            start = rng.randint(100, 600)
        else:
            start = rng.randint(500, 999)
    n = rng.choices([1, 2, 3, 4, 5], [15, 24, 27, 20, 14])[0]
    ops = []
    cur = start
    for _ in range(n):
        for _t in range(40):
            op = rng.choices("+-*/", [33, 33, 16, 18])[0]
            b = _pick_amount(rng, op, cur)
            if b is not None:
                break
        else:
            op, b = ("-", 2) if cur > 9000 else ("+", 5)
        ops.append((op, b))
        cur = apply_op(op, cur, b)
    return {"prod": prod, "start": start, "ops": ops}


def true_equations(first_pair, chain):
    """first_pair: (x, y) in written order when the start is a product, else None."""
    eqs = []
    if first_pair:
        x, y = first_pair
        eqs.append((x, "*", y, x * y))
    cur = chain["start"]
    for op, b in chain["ops"]:
        c = apply_op(op, cur, b)
        eqs.append((cur, op, b, c))
        cur = c
    return eqs


def _propagate(eqs, idx, cand):
    written = list(eqs[:idx]) + [cand]
    cur = cand[3]
    for j in range(idx + 1, len(eqs)):
        _, op, b, _c = eqs[j]
        c = apply_op(op, cur, b)
        if not ok_val(c):
            return None
        written.append((cur, op, b, c))
        cur = c
    return written


ALT_OPS = {"+": ["-", "-", "-", "*"], "-": ["+"], "*": ["+", "+", "+", "-"], "/": ["-", "-", "*"]}


def error_candidates(rng, kind, idx, eqs, first_pair, problem_nums):
    a, op, b, r = eqs[idx]
    cands = []
    if kind == "arithmetic":
        cands = [(a, op, b, w) for w in slips(a, op, b, r)]
        rng.shuffle(cands)
    elif kind == "operation":
        alts = ALT_OPS[op][:]
        rng.shuffle(alts)
        for op2 in alts:
            c = apply_op(op2, a, b)
            if ok_val(c) and c != r and (a, op2, b, c) not in cands:
                cands.append((a, op2, b, c))
    elif kind == "operand":
        b_side, a_side = [], []
        # wrong second operand: misread or another number from the problem
        others = [v for v in problem_nums if v != b]
        if op in "*/" and b <= 12:
            pool = [v for v in (b - 1, b + 1) if v >= 2] + [v for v in others if 2 <= v <= 12]
        else:
            pool = misreads(b) + others
        pool = [v for v in pool if v != b and v >= 1]
        rng.shuffle(pool)
        for b2 in pool:
            c = apply_op(op, a, b2)
            if ok_val(c) and c != r:
                b_side.append((a, op, b2, c))
        # wrong first operand: misread start / previous result
        if idx == 0 and first_pair is not None and op == "*":
            pool_a = [v for v in misreads(a) if v >= 2]
        elif idx == 0:
            pool_a = misreads(a) + [v for v in others if v != a]
        else:
            pool_a = misreads(a)
        pool_a = [v for v in pool_a if v != a and v >= 1]
        rng.shuffle(pool_a)
        for a2 in pool_a:
            c = apply_op(op, a2, b)
            if ok_val(c) and c != r:
                a_side.append((a2, op, b, c))
        cands = (b_side + a_side) if rng.random() < 0.6 else (a_side + b_side)
    return cands


def answer_candidates(rng, eqs):
    x = eqs[-1][3]
    pool = misreads(x)
    rng.shuffle(pool)
    if len(eqs) >= 2 and eqs[-2][3] != x and rng.random() < 0.35:
        pool.insert(0, eqs[-2][3])
    return [v for v in pool if v != x]

# ---------------------------------------------------------------------------
# text rendering
# ---------------------------------------------------------------------------


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def _plural_src(src):
    last = src.split()[-1]
    return last.endswith("s") and last not in ("goods-in",)


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.dom_name = rng.choice(sorted(DOMAINS))
        self.dom = DOMAINS[self.dom_name]
        self.item_pl, self.item_sg, self.cls = rng.choice(self.dom["items"])
        self.mode = rng.choices(["past", "present", "log", "imper"], [45, 13, 22, 20])[0]
        if self.mode == "imper" or (self.mode == "log" and rng.random() < 0.3):
            self.actor = WE
        elif rng.random() < 0.72:
            self.actor = rng.choice(PEOPLE)
        else:
            self.actor = _team(rng.choice(self.dom["teams"]))
        self.mentioned = False
        conts = CLASS_CONT.get(self.cls) or self.dom["cont"]
        conts = [c for c in conts if c[0] != self.item_pl] or [("boxes", "box")]
        self.cont = rng.choice(conts)
        grps = CLASS_GRP.get(self.cls) or self.dom["grp"]
        self.group = rng.choice(grps)
        self.place = rng.choice(self.dom["places"])
        self.use_place = rng.random() < 0.4
        self.stock = rng.choice(STOCK[self.cls])
        self.syms = rng.choice(SYMS)
        self.compact = rng.random() < 0.06

    # subject / references -------------------------------------------------
    def subj(self):
        a = self.actor
        if a is WE:
            return "we", True
        if self.mentioned and self.rng.random() < 0.5:
            return a["pro"], a["pro_plural"]
        self.mentioned = True
        return a["name"], a["name_plural"]

    def poss(self):
        a = self.actor
        if a is WE:
            return "our"
        if self.mentioned and self.rng.random() < 0.6:
            return a["poss"]
        self.mentioned = True
        return a["name"] + "'s"

    def objref(self):
        a = self.actor
        if a is WE:
            return "us"
        if self.mentioned:
            return a["obj"]
        self.mentioned = True
        return a["name"]

    def fill(self, tpl, **kw):
        d = {"item": self.item_pl, "sg": self.item_sg, "stock": self.stock, "groups": self.group[0],
             "group": self.group[1], "cont": self.cont[0], "cont1": self.cont[1],
             "place": (" " + self.place) if self.use_place else ""}
        d.update(kw)
        if "{stock}" in tpl and "the {stock}" in tpl and self.rng.random() < 0.2:
            d["stock"] = "number of " + self.item_pl
        if "{S}" in tpl:
            s, pl = self.subj()
            d.update(S=s, has="have" if pl else "has", was="were" if pl else "was",
                     is_="are" if pl else "is", does="do" if pl else "does", needs="need" if pl else "needs")
            tpl = tpl.replace("{is}", "{is_}")
        if "{poss}" in tpl or "{Poss}" in tpl:
            p = self.poss()
            d.update(poss=p, Poss=cap(p))
        if "{OBJ}" in tpl:
            d["OBJ"] = self.objref()
        return tpl.format(**d)


def _add_obj(rng, nt, item, with_item_p=0.75):
    another_ok = not nt.startswith("a ")
    if rng.random() < with_item_p:
        r = rng.random()
        if r < 0.5:
            return f"{nt} more {item}"
        if r < 0.7 and another_ok:
            return f"another {nt} {item}"
        return f"{nt} {item}"
    return f"another {nt}" if (another_ok and rng.random() < 0.35) else f"{nt} more"


def _sub_obj(rng, nt, item):
    r = rng.random()
    if r < 0.45:
        return f"{nt} {item}"
    if r < 0.72:
        return f"{nt} of them"
    if r < 0.85:
        return f"{nt} of the {item}"
    return nt


def clause_addsub(ctx, fam, n):
    """Return (clause, type); type in fin / imp / note / label."""
    rng = ctx.rng
    nt = say(rng, n)
    cls = ctx.cls
    act = [v for v in (ADD_ACT if fam == "+" else SUB_ACT) if cls in v.cls]
    ext = [v for v in (ADD_EXT if fam == "+" else SUB_EXT) if cls in v.cls]
    intr = [t for t in (ADD_INTR if fam == "+" else SUB_INTR) if cls in t[2].split()]
    mode = ctx.mode
    wts = {"past": (55, 20, 25), "present": (60, 15, 25), "log": (50, 20, 30), "imper": (75, 10, 15)}[mode]
    cats = [c for c, w, l in zip(("act", "ext", "intr"), wts, (act, ext, intr)) if l for _ in range(w)]
    cat = rng.choice(cats)
    item = ctx.item_pl
    objf = (lambda: _add_obj(rng, nt, item)) if fam == "+" else (lambda: _sub_obj(rng, nt, item))
    ctx.last_verb = None

    if cat == "intr":
        base, past, _ = rng.choice(intr)
        ctx.last_verb = base
        o = objf()
        if mode == "present" and rng.random() < 0.6:
            return f"{o} {base}", "fin"
        return f"{o} {past}", ("note" if mode in ("log", "imper") else "fin")

    v = rng.choice(ext if cat == "ext" else act)
    ctx.last_verb = v.base
    tail = ""
    if v.tails and (v.need_tail or v.ambig or rng.random() < 0.4):
        tail = " " + v.tails[rng.randrange(len(v.tails))]
    if "{OBJ}" in tail:
        tail = tail.replace("{OBJ}", ctx.objref())

    if cat == "ext":
        srcs = ctx.dom["src_in"] if v.src == "in" else ctx.dom["src_out"]
        src = rng.choice(srcs)
        pl = _plural_src(src)
        o = objf()
        r = rng.random()
        if v.passive and (r < 0.3 or mode in ("log", "imper")):
            return f"{o} were {v.pp} by {src}{tail}", "fin"
        if mode == "present" and r < 0.7:
            return f"{src} {v.base if pl else v.third} {o}{tail}", "fin"
        if r < 0.45:
            return f"{src} {'have' if pl else 'has'} {v.pp} {o}{tail}", "fin"
        return f"{src} {v.past} {o}{tail}", "fin"

    # actor verbs
    forms = {
        "past": [("active", 55), ("passive", 22), ("perfect", 10), ("note", 8), ("label", 5)],
        "present": [("present", 55), ("ppassive", 15), ("future", 15), ("perfect", 15)],
        "log": [("note", 40), ("label", 25), ("passive", 25), ("active", 10)],
        "imper": [("imper", 78), ("note", 12), ("passive", 10)],
    }[mode]
    if not v.passive:
        forms = [(f, w) for f, w in forms if f not in ("passive", "ppassive", "note", "label")] or [("active", 1)]
        if mode == "imper":
            forms = [("imper", 1)]
    f = rng.choices([x[0] for x in forms], [x[1] for x in forms])[0]
    if f in ("passive", "ppassive", "note", "label") and v.ambig and not tail.strip():
        tail = " " + v.tails[0]
    if f == "imper":
        return f"{v.base} {objf()}{tail}", "imp"
    if f == "label":
        return f"{cap(v.pp)}{tail}: {nt}", "label"
    if f == "note":
        return f"{objf()} {v.pp}{tail}", "note"
    if f in ("passive", "ppassive"):
        aux = "were" if f == "passive" else ("are" if rng.random() < 0.6 else "have been")
        return f"{objf()} {aux} {v.pp}{tail}", "fin"
    s, pl = ctx.subj()
    if f == "active":
        return f"{s} {v.past} {objf()}{tail}", "fin"
    if f == "present":
        return f"{s} {v.base if pl else v.third} {objf()}{tail}", "fin"
    if f == "future":
        return f"{s} will {v.base} {objf()}{tail}", "fin"
    return f"{s} {'have' if pl else 'has'} {v.pp} {objf()}{tail}", "fin"


def _kind_weights(mode):
    return {"past": {"S": 5, "P": 4, "I": 1}, "present": {"S": 3, "P": 5, "I": 2},
            "log": {"S": 1, "P": 5, "I": 3}, "imper": {"S": 1, "P": 2, "I": 7}}[mode]


def clause_muldiv(ctx, fam, n, each=False):
    rng = ctx.rng
    kw = _kind_weights(ctx.mode)
    if each:
        tpl, kind = rng.choices(EACH_T, [kw[k] for _, k in EACH_T])[0]
        fixed = False
    else:
        pool = [t for t in (MUL_T if fam == "*" else DIV_T) if t[1] is None or t[1] == n]
        fixed_pool = [t for t in pool if t[1] == n]
        if fixed_pool and rng.random() < 0.6:
            pool = fixed_pool
        else:
            pool = [t for t in pool if t[1] is None]
        tpl, fx, kind = rng.choices(pool, [kw[t[2]] for t in pool])[0]
        fixed = fx is not None
    ctx.last_verb = tpl
    nword = say_factor(rng, n)
    nfold = FOLD[n] if (n in FOLD and rng.random() < 0.5) else f"{n}-fold"
    text = ctx.fill(tpl, n=nword, nfold=nfold, nx=f"{n}x")
    typ = "imp" if kind == "I" else "fin"
    return text, typ, fixed


def start_sentence(ctx, chain):
    """Return (sentence, first_pair or None)."""
    rng = ctx.rng
    if chain["prod"]:
        cnt, per = chain["prod"]
        pool = list(START_PROD)
        if ctx.cls in CLASS_PROD:
            pool += CLASS_PROD[ctx.cls] * 2
        tpl = rng.choice(pool)
        if tpl in PROD_SWAPPED:
            x, y = per, cnt
        else:
            x, y = cnt, per
        return cap(ctx.fill(tpl, x=say(rng, x, 0.12), y=say(rng, y, 0.12))), (x, y)
    key = {"past": "narr", "present": "narr", "log": "log", "imper": "imper"}[ctx.mode]
    if rng.random() < 0.2:
        key = rng.choice(["narr", "log", "imper"])
    tpl = rng.choice(START_SINGLE[key])
    return cap(ctx.fill(tpl, st=say(rng, chain["start"], 0.1))), None


def _merge(rng, c1, c2):
    (t1, k1), (t2, k2) = c1, c2
    if ";" in t1 or ";" in t2 or ":" in t1 or ":" in t2:
        return None
    if k1 == "fin" and k2 == "fin":
        f = rng.choice(["{a}, then {b}", "{a}; later {b}", "After {a}, {b}", "Once {a}, {b}",
                        "{a}, and after that {b}", "{a} and {b}", "{a}; then {b}", "{a}. Later, {b}" ])
    elif k1 == "imp" and k2 == "imp":
        f = rng.choice(["{a}, then {b}", "{a} and {b}", "{a}; {b}", "{a}, and then {b}"])
    elif k1 == "note" and k2 == "note":
        f = rng.choice(["{a}; {b}", "{a}, {b}", "{a}, then {b}"])
    else:
        return None
    return f.format(a=t1, b=t2)


def render_problem(ctx, chain, each):
    rng = ctx.rng
    start, first_pair = start_sentence(ctx, chain)
    clauses = []
    fixed_flags = []
    ops = chain["ops"]
    for i, (op, b) in enumerate(ops):
        if op in "+-":
            t, k = clause_addsub(ctx, op, b)
            fixed_flags.append(False)
        else:
            t, k, fx = clause_muldiv(ctx, op, b, each=(each and i == len(ops) - 1))
            fixed_flags.append(fx)
        clauses.append((t, k))
    sents = []
    i = 0
    while i < len(clauses):
        if i + 1 < len(clauses) and rng.random() < 0.3:
            m = _merge(rng, clauses[i], clauses[i + 1])
            if m:
                sents.append(cap(m) + ".")
                i += 2
                continue
        sents.append(cap(clauses[i][0]) + ".")
        i += 1
    body = [start] + sents
    fills = ctx.dom["fillers"] + GENERIC_FILLERS
    nf = rng.choices([0, 1, 2], [45, 40, 15])[0]
    for f in rng.sample(fills, nf):
        pos = rng.randint(1, len(body)) if rng.random() < 0.85 else 0
        body.insert(pos, f)
    if each:
        q = ctx.fill(rng.choice(EACH_Q))
    else:
        qt = rng.choice(QUESTIONS)
        q = ctx.fill(qt)
    q = cap(q)
    q_first = rng.random() < 0.22
    parts = ([q] + body) if q_first else (body + [q])
    text = " ".join(parts)
    if len(text.split()) > 90:
        # drop fillers and retry once
        body = [start] + sents
        parts = ([q] + body) if q_first else (body + [q])
        text = " ".join(parts)
        if len(text.split()) > 90:
            return None
    return text, first_pair


# ---------------------------------------------------------------------------
# steps
# ---------------------------------------------------------------------------


def item_word(ctx, v):
    return ctx.item_sg if v == 1 else ctx.item_pl


def render_step(ctx, j, n_eq, eq, intended, is_start, primary, period):
    rng = ctx.rng
    a, op, b, c = eq
    sym = ctx.syms[op]
    e = f"{a}{sym}{b}={c}" if ctx.compact else f"{a} {sym} {b} = {c}"
    key = "s" if is_start else (intended if (op == intended or rng.random() < 0.7) else op)
    it = item_word(ctx, c)
    form = primary if rng.random() < 0.65 else rng.randrange(10)
    if is_start and form == 7:
        form = 2
    suf = rng.choice(STEP_SUF[key]).format(item=it, group=ctx.group[1])
    pre = rng.choice(STEP_PRE[key])
    if j == 0:
        conn = rng.choice(["First,", "Start:", "Step:", "ok,", "So", "First:", "=>"])
    elif j == n_eq - 1 and rng.random() < 0.4:
        conn = rng.choice(["Finally,", "Last:", "Lastly,", "Then finally"])
    else:
        conn = rng.choice(STEP_CONN[1:])
    if form == 0:
        t = e
    elif form == 1:
        t = e + suf
    elif form == 2:
        t = f"{pre} {e}"
    elif form == 3:
        t = f"{pre} {e}{suf}"
    elif form == 4:
        t = f"{conn} {e}"
    elif form == 5:
        t = f"{conn} {e}{suf}"
    elif form == 6:
        if key == "-":
            t = rng.choice([f"That leaves {e} {it}.", f"Left: {e} {it}.", f"Now {e} {it} remain."])
        elif key == "/":
            t = rng.choice([f"Each share is {e}.", f"One share: {e} {it}.", f"That gives {e} {it} per {ctx.group[1]}."])
        elif key == "s":
            t = rng.choice([f"The starting total is {e} {it}.", f"To start there are {e} {it}."])
        else:
            if ctx.actor is WE:
                t = rng.choice([f"That makes {e} {it}.", f"We now have {e} {it}."])
            else:
                s, pl = ctx.subj()
                t = rng.choice([f"That makes {e} {it}.", f"{cap(s)} now {'have' if pl else 'has'} {e} {it}."])
    elif form == 7:
        t = f"{rng.choice(STEP_ECHO[op]).format(b=b)} {e}"
    elif form == 8:
        t = f"{e} ({rng.choice(STEP_NOTE[key])})"
    else:
        t = f"{e}, so {c}{suf}" if rng.random() < 0.5 else f"{conn} {e}"
    if period and not t.endswith("."):
        t += "."
    return cap(t) if t[0].isalpha() else t


def render_answer(ctx, x, each):
    rng = ctx.rng
    tpl = rng.choice(ANSWERS_EACH if each else ANSWERS)
    return cap(ctx.fill(tpl, x=x, item=item_word(ctx, x)))


# ---------------------------------------------------------------------------
# records
# ---------------------------------------------------------------------------
KINDS = ["arithmetic", "operand", "operation", "answer"]


def _one(rng, rid):
    """Build one record plus the internal representation used by the checker."""
    correct = rng.random() < 0.45
    kind = "none" if correct else rng.choice(KINDS)
    for _attempt in range(60):
        chain = build_chain(rng)
        ctx = Ctx(rng)
        each = chain["ops"][-1][0] == "/" and rng.random() < 0.3
        rp = render_problem(ctx, chain, each)
        if rp is None:
            continue
        problem, first_pair = rp
        eqs = true_equations(first_pair, chain)
        n_eq = len(eqs)
        problem_nums = ([first_pair[0], first_pair[1]] if first_pair else [chain["start"]]) + \
            [b for _, b in chain["ops"]]
        written = list(eqs)
        final = eqs[-1][3]
        label = -1
        if kind == "answer":
            cands = answer_candidates(rng, eqs)
            if not cands:
                continue
            final = cands[0]
            label = n_eq
        elif kind != "none":
            if n_eq == 1:
                positions = ["first"]
            elif n_eq == 2:
                positions = ["first", "last"]
                rng.shuffle(positions)
            else:
                p0 = rng.choices(["first", "middle", "last"], [15, 50, 35])[0]
                rest = [p for p in ("first", "middle", "last") if p != p0]
                rng.shuffle(rest)
                positions = [p0] + rest
            got = None
            for pos in positions:
                idx = 0 if pos == "first" else (n_eq - 1 if pos == "last" else rng.randint(1, n_eq - 2))
                for cand in error_candidates(rng, kind, idx, eqs, first_pair, problem_nums):
                    w = _propagate(eqs, idx, cand)
                    if w is not None:
                        got = (idx, w)
                        break
                if got:
                    break
            if not got:
                continue
            label, written = got
            final = written[-1][3]
        # steps
        off = 1 if first_pair else 0
        primary = rng.randrange(10)
        period = rng.random() < 0.5
        steps = []
        for j, eq in enumerate(written):
            intended = "*" if (first_pair and j == 0) else chain["ops"][j - off][0]
            steps.append(render_step(ctx, j, n_eq, eq, intended, bool(first_pair) and j == 0, primary, period))
        steps.append(render_answer(ctx, final, each))
        true_answer = eqs[-1][3]
        rec = {"id": rid, "problem": problem, "steps": steps, "label": label,
               "final_answer_correct": final == true_answer, "error_kind": kind}
        meta = {"chain": chain, "first_pair": first_pair, "each": each, "written": written,
                "final": final, "true_eqs": eqs, "domain": ctx.dom_name, "item": ctx.item_pl,
                "problem_nums": problem_nums, "mode": ctx.mode}
        return rec, meta
    raise RuntimeError("could not build a record")


def generate_full(seed, count):
    rng = random.Random(seed)
    out = []
    for i in range(count):
        out.append(_one(rng, f"genk-{seed}-{i:05d}"))
    return out


def generate(seed: int, count: int) -> list[dict]:
    return [r for r, _ in generate_full(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
