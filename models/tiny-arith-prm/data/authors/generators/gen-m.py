#!/usr/bin/env python3
"""Tiny-arith PRM data generator, register: local newspaper / sports-and-outdoors desk.

Fishing derbies, farm stands, county fairs, scout troops, hiking clubs, bird counts,
harvests, bake sales, river cleanups, ferry crossings.  Standard library only.

generate(seed, count) -> list of records
_generate_with_meta(seed, count) -> list of (record, meta) used by check.py
"""
import json
import os
import random
import re

# --------------------------------------------------------------------------------------
# numbers as words
# --------------------------------------------------------------------------------------
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()
_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
_FOLD = {2: "twofold", 3: "threefold", 4: "fourfold", 5: "fivefold", 6: "sixfold",
         7: "sevenfold", 8: "eightfold", 9: "ninefold", 10: "tenfold"}


def num_word(n):
    if n <= 20:
        return _ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return _TENS[t] + ("" if o == 0 else "-" + _ONES[o])
    return None


# --------------------------------------------------------------------------------------
# names, places (typed by hand for this generator)
# --------------------------------------------------------------------------------------
FEMALE = """Alma Bernadette Cora Dolores Edna Fern Gwen Hattie Ida June Kay Lorraine Mabel Nell
Opal Pearl Rosalind Sadie Trudy Velma Wanda Yvette Zelda Agnes Beatrice Clara Delia Elsie Flora
Greta Hazel Iris Josie Lena Maxine Nora Olive Polly Ruth Sylvie Tessa Una Vera Winnie Abby Brenda
Carmen Dana Esther Frieda Gloria Heidi Ingrid Janelle Keiko Lucinda Marisol Nadia Odette Priya
Rhoda Selma Thea Ursula Vivian Wilma Ximena Yolanda Zora Annette Bettina Colleen Darlene Eloise
Faye Ginny Harriet Imogen Jolene Kirsten Loretta Marguerite Noreen Ophelia Paloma Queenie Rochelle
Shirley Tamsin Valerie Willa Adaeze Birgit Chiara Dagny Esperanza Fumiko Giselle Hanne Inez""".split()
MALE = """Abner Boyd Clem Dwight Elmer Floyd Gus Harlan Ike Jasper Kermit Lyle Merle Ned Otis Percy
Quincy Russ Stanley Thad Virgil Wendell Amos Burt Cyrus Dale Earl Fritz Gordie Hank Irwin Jed Kip
Lloyd Mort Nils Orrin Phineas Rollie Sal Toby Ulysses Vern Walt Alton Bram Chester Desmond Emmett
Ferris Garrett Homer Ignatius Jules Kenji Lamar Milo Nestor Osgood Pascal Reuben Silas Tobias Uriah
Vaughn Wilbur Arvid Bjorn Cletus Dario Elias Fergus Gideon Hollis Isaiah Jonas Kwame Leland Mateo
Norbert Oskar Pietro Ramon Seamus Tiberius Upton Vittorio Waylon Xavier Yusuf Zeke Ansel Barnaby
Conrad Dutch Ephraim Galen Horace Ivo Jethro""".split()
NEUTRAL = "Robin Jody Frankie Rowan Sasha Quinn Morgan Jessie Ellis Shay Avery Marlowe".split()
SURNAMES = """Pelletier Duchesne Halvorsen Kowalczyk Ambrose Birdsall Cathcart Dunleavy Eckhardt
Fairweather Gillespie Haskins Ingersoll Jablonski Kettering Lindqvist Mulcahy Nygaard Ostrander
Prewitt Quackenbush Rasmussen Sorensen Tolliver Underhill Vanderpool Whitcomb Yoder Zeller Abernathy
Blodgett Crandall Delacroix Emory Fenwick Grissom Hollister Iverson Jessup Kincaid Larrabee
Merriweather Nordstrom Okafor Pinkham Quarles Rutledge Stroud Thibodeaux Upshaw Varga Winslow
Yancey Zimmer Ashby Bellweather Chisholm Dorsey Eberly Froehlich Gundersen Hargrove Ives Jaramillo
Kessler Lachance Moberly Nakamura Oyelaran Perrault Ruiz Sandoval Tremblay Vukovich Wojcik Albrecht
Beaulieu Castellano Dubois Engstrom Farrow Gallagher Hatfield Irving Janssen Kowalski Lundgren
McAllister Nussbaum O'Rourke Pappas Rinaldi Schofield Tanaka Vogel Whitaker Ackerly Bramhall Coutu
Dimitriou Esposito Fogarty Guthrie Hennessey Ingram Kettleson Lombardi Mahoney Novak Osei Petrakis
Rourke Szabo Trask Voss Wexler""".split()
PLACES = ["Millbrook", "Birch Hollow", "Cutter's Landing", "Alder Creek", "Stony Ford",
          "Pike's Crossing", "Maple Bend", "Heron Bay", "Quarry Hill", "Ashgrove", "Fox Run",
          "Cedar Ridge", "Willow Flats", "Dutch Point", "Kettle Pond", "Loon Harbor", "Hawthorne",
          "Copper Falls", "Greenfield", "Juniper Gap", "Bramble Corners", "Saltmarsh Cove",
          "Elk Meadow", "North Fork", "Owl's Head", "Red Mill", "Sparrow Lake", "Timber Notch",
          "Wolf Hollow", "Harrow Glen", "Lantern Bay", "Otter Creek", "Ridgeway", "Hollis Mills",
          "Larkspur", "Bellows Ferry", "Grange Corner", "Beaver Dam", "Crane Island", "Thistle Hill",
          "East Haddon", "Pomfret Center", "Sugar Hill", "Canaan Flats"]
WATERS = ["Kettle Pond", "Sparrow Lake", "the Otter Creek marsh", "Heron Bay", "the old mill pond",
          "Loon Lake", "the Beaver Dam flowage", "the town reservoir", "Cranberry Bog",
          "the Alder Creek oxbow", "Mink Pond", "the salt marsh at Saltmarsh Cove"]
BOATS = ["Martha Jane", "Island Belle", "Cap'n Ellery", "Sea Smoke", "Gull Runner",
         "Lady of the Lake", "Morning Star", "Sally Bea", "North Wind", "Petrel"]
ROADS = ["Quarry Road", "Mill Street", "Old Stage Road", "Cider Mill Lane", "the county road",
         "River Road", "Ferry Street", "Schoolhouse Lane", "the Post Road", "Depot Street"]

# --------------------------------------------------------------------------------------
# generic phrase banks.  Mini-syntax:
#   {S} main subject, {O} object/number phrase, {R} recipient, {A} agent, {P} place,
#   {poss} {obj} {refl} pronouns of the main subject, {items} plural item noun
#   [base/past]   verb agreeing with the main subject, in the story tense
#   [-base/past]  verb with a singular third-person subject
#   [=base/past]  verb with a plural subject
# --------------------------------------------------------------------------------------
OWN_ADD = [
    "{S} [buy/bought] {O}", "{S} [pick up/picked up] {O}", "{S} [find/found] {O}",
    "{S} [get/got] {O}", "{S} [receive/received] {O}", "{S} [collect/collected] {O}",
    "{S} [add/added] {O}", "{S} [bring/brought] in {O}", "{S} [gather/gathered] {O}",
    "{S} [haul/hauled] in {O}", "{S} [take/took] in {O}", "{S} [scrounge/scrounged] up {O}",
    "{S} [round up/rounded up] {O}", "{S} [rustle up/rustled up] {O}", "{S} [turn up/turned up] {O}",
    "{S} [tack on/tacked on] {O}", "{S} [snag/snagged] {O}", "{S} [score/scored] {O}",
    "{S} [fetch/fetched] {O} from {R}", "{S} [grab/grabbed] {O}", "{S} [accept/accepted] {O} from {R}",
    "{S} [come away/came away] with {O}", "{S} [stock up/stocked up] on {O}",
    "{S} [order/ordered] {O}", "{S} [be given/was given] {O}", "{S} [be handed/was handed] {O}",
    "{S} [carry/carried] in {O}", "{S} [truck in/trucked in] {O}", "{S} [track down/tracked down] {O}",
    "{S} [dig up/dug up] {O}", "{S} [pick up/picked up] {O} at {P}", "{S} [land/landed] {O} in a trade",
    "{S} [wind up/wound up] with {O}", "{S} [lay/laid] hands on {O}",
    "{S} [come by/came by] {O}", "{S} [bring/brought] back {O} from {P}",
    "{S} [purchase/purchased] {O}", "{S} [pick/picked] off {O} at a yard sale",
]
OWN_SUB = [
    "{S} [sell/sold] {O}", "{S} [sell off/sold off] {O}", "{S} [give away/gave away] {O}",
    "{S} [give/gave] {O} to {R}", "{S} [lose/lost] {O}", "{S} [drop/dropped] {O}",
    "{S} [donate/donated] {O} to {R}", "{S} [throw out/threw out] {O}", "{S} [hand out/handed out] {O}",
    "{S} [pass out/passed out] {O}", "{S} [trade away/traded away] {O}", "{S} [ship off/shipped off] {O}",
    "{S} [send/sent] {O} to {R}", "{S} [part/parted] with {O}", "{S} [misplace/misplaced] {O}",
    "{S} [leave/left] {O} behind at {P}", "{S} [toss/tossed] {O}", "{S} [discard/discarded] {O}",
    "{S} [hand over/handed over] {O} to {R}", "{S} [deliver/delivered] {O} to {R}",
    "{S} [unload/unloaded] {O} at {P}", "{S} [give up/gave up] {O}", "{S} [lend out/lent out] {O}",
    "{S} [drop off/dropped off] {O} at {P}", "{S} [give out/gave out] {O}", "{S} [scrap/scrapped] {O}",
    "{S} [raffle off/raffled off] {O}", "{S} [auction off/auctioned off] {O}",
    "{S} [cart off/carted off] {O}", "{S} [pack off/packed off] {O} to {R}",
    "{S} [let go/let go] of {O}", "{S} [haul/hauled] {O} over to {R}", "{S} [sell/sold] {O} at {P}",
    "{S} [get rid/got rid] of {O}", "{S} [set/set] {O} out on the free table",
    "{S} [mail/mailed] {O} to {R}", "{S} [swap/swapped] {O} for something else",
    "{S} [peddle/peddled] {O}", "{S} [unload/unloaded] {O} on {R}",
]
OWN_SUB_FOOD = ["{S} [eat/ate] {O}", "{S} [polish off/polished off] {O}", "{S} [snack/snacked] on {O}",
                "{S} [go/went] through {O}"]
# other people acting on the subject's stock
AGENT_ADD = ["{A} [-bring/brought] {obj} {O}", "{A} [-drop off/dropped off] {O}",
             "{A} [-hand/handed] {obj} {O}", "{A} [-donate/donated] {O}", "{A} [-chip in/chipped in] {O}",
             "{A} [-send/sent] over {O}", "{A} [-throw in/threw in] {O}", "{A} [-deliver/delivered] {O}",
             "{A} [-leave/left] {O} on the doorstep", "{A} [-pass along/passed along] {O}",
             "{A} [-give/gave] {obj} {O}", "{A} [-kick in/kicked in] {O}", "{A} [-contribute/contributed] {O}",
             "{A} [-swing/swung] by with {O}", "{A} [-show/showed] up with {O}"]
AGENT_SUB = ["{A} [-buy/bought] {O}", "{A} [-take/took] {O}", "{A} [-walk off/walked off] with {O}",
             "{A} [-snap up/snapped up] {O}", "{A} [-borrow/borrowed] {O}", "{A} [-claim/claimed] {O}",
             "{A} [-carry off/carried off] {O}", "{A} [-haul away/hauled away] {O}",
             "{A} [-scoop up/scooped up] {O}", "{A} [-buy up/bought up] {O}", "{A} [-pay/paid] for {O}",
             "{A} [-leave/left] with {O}"]
ITEM_SUB_FOOD = ["{O} [=spoil/spoiled] in the heat", "{O} [=go/went] bad", "{O} [=get/got] squashed"]
ITEM_SUB = ["{O} [=go/went] missing", "{O} [=get/got] damaged in the rain", "{O} [=fall/fell] off the truck",
            "{O} [=disappear/disappeared]", "{O} [=go/went] home with customers",
            "{O} [=blow/blew] off the table in a gust"]
ITEM_ADD = ["{O} [=arrive/arrived] in a late delivery", "{O} [=turn/turned] up in the back room",
            "{O} [=come/came] in from {R}", "{O} [=show/showed] up in a box on the porch"]

GEN_ADD_AGENTS = ["a neighbor", "a longtime regular", "a friend from church", "the hardware store downtown",
                  "an old friend", "a summer visitor", "the town recreation department",
                  "a retired schoolteacher", "{poss} brother-in-law", "{poss} daughter", "{poss} uncle",
                  "the county extension office", "a fellow volunteer", "the family across the road"]
GEN_SUB_AGENTS = ["a regular customer", "a summer visitor", "a man in a muddy pickup",
                  "a woman from the next town over", "a tourist from the city", "a family from the campground",
                  "a retired schoolteacher", "the school cafeteria", "a caterer", "the diner on Main Street",
                  "a young couple", "the fire department"]
GEN_RECIP = ["a neighbor", "the food pantry", "the senior center", "a cousin", "the family next door",
             "the church kitchen", "the volunteer fire department", "a friend from work",
             "{poss} sister", "{poss} grandson", "the town library", "the animal shelter volunteers",
             "the school nurse", "the community supper"]
GEN_PLACES_P = ["the co-op", "the post office", "the town green", "the transfer station", "the grange hall",
                "the general store", "the library", "the fire station", "the town dock", "the church"]
GEN_SHARES = [("neighbor", "neighbors"), ("friend", "friends"), ("cousin", "cousins"),
              ("volunteer", "volunteers"), ("family", "families"), ("household", "households"),
              ("helper", "helpers"), ("grandchild", "grandchildren")]
GEN_PILES = [("pile", "piles"), ("bag", "bags"), ("box", "boxes"), ("basket", "baskets"),
             ("bundle", "bundles"), ("stack", "stacks"), ("crate", "crates"), ("bin", "bins"),
             ("batch", "batches"), ("tray", "trays"), ("sack", "sacks"), ("heap", "heaps")]
STOCK_NOUNS = ["stock", "supply", "pile", "count", "stash", "inventory", "collection", "load", "haul"]

# multiply: {n} number phrase, {nf} n-fold word
OWN_MUL = [
    "{S} [end up/ended up] with {n} times as many {items} as before",
    "the number of {items} [-become/became] {n} times larger",
    "{S} [multiply/multiplied] {poss} {stock} by {n}",
    "{poss} {stock} [-grow/grew] to {n} times its size",
    "the {stock} [-swell/swelled] to {n} times what it had been",
    "a big delivery [-leave/left] {obj} with {n} times as many {items}",
    "the {stock} [-grow/grew] {nf}",
    "{S} [build up/built up] the {stock} to {n} times its old size",
    "{poss} {stock} [-jump/jumped] to {n} times what it was",
    "the {stock} of {items} [-be/was] multiplied by {n}",
    "{S} [manage/managed] to make the {stock} {n} times bigger",
    "the count of {items} [-climb/climbed] to {n} times its earlier level",
    "{S} [wind up/wound up] with {n} times the {items} {S2} had",
    "{S} [scale/scaled] the {stock} up {nf}",
]
OWN_MUL2 = ["{S} [double/doubled] {poss} {stock}", "the {stock} [-double/doubled]",
            "{S} [end up/ended up] with twice as many {items}", "the {stock} [-grow/grew] to double its size",
            "{S} [manage/managed] to double the count", "the number of {items} [-double/doubled]",
            "{S} [double/doubled] up on {items}", "{S} [end up/ended up] with double the {items}"]
OWN_MUL3 = ["{S} [triple/tripled] the {stock}", "the {stock} [-triple/tripled]",
            "{S} [end up/ended up] with triple the number of {items}",
            "the count of {items} [-triple/tripled]", "{S} [triple/tripled] {poss} {stock} of {items}"]
OWN_DIV = [
    "{S} [split/split] the {items} evenly among {n} {groups} and [keep/kept] one share",
    "{S} [divide/divided] them equally into {n} {piles}, keeping one for {refl}",
    "{S} [share/shared] them out equally among {n} {groups} and [keep/kept] one share",
    "{S} [sort/sorted] the {items} into {n} equal {piles} and [take/took] one of the {piles} home",
    "{S} [divvy/divvied] them up evenly among {n} {groups}, keeping one share",
    "the {stock} [-be/was] split {n} ways, and {S} [keep/kept] one part",
    "{S} [parcel/parceled] them out evenly into {n} {piles} and [hang/hung] on to one",
    "{S} [portion/portioned] them equally among {n} {groups}, {refl} included, and [keep/kept] that share",
    "{S} [break/broke] the {stock} into {n} equal {piles} and [hold/held] on to just one",
    "{S} [deal/dealt] them out evenly into {n} {piles} and [keep/kept] a single {pile}",
    "{S} [carve/carved] the {stock} into {n} equal parts and [keep/kept] one part",
]
OWN_DIV2 = ["{S} [cut/cut] {poss} {stock} in half", "{S} [give/gave] away half of them",
            "{S} [sell/sold] half of {poss} {items}", "{S} [halve/halved] the {stock}",
            "{S} [keep/kept] only half of them", "half of the {items} [=go/went] to {R}",
            "{S} [part/parted] with half of the {stock}"]
OWN_DIV3 = ["{S} [keep/kept] only a third of them", "{S} [keep/kept] a third and [give/gave] the rest away",
            "{S} [hang/hung] on to a third of the {items}", "all but a third of the {items} [=go/went] to {R}",
            "{S} [cut/cut] the {stock} down to a third"]
# "how many does each get" endings (last change only)
OWN_EACH = ["{S} [split/split] the {items} equally among {n} {groups}",
            "{S} [divide/divided] the {items} evenly among {n} {groups}",
            "{S} [share/shared] them out equally to {n} {groups}",
            "{S} [hand/handed] them out evenly to {n} {groups}"]

# crowd mode: people or vehicles on a boat, wagon, trail
CROWD_ADD_X = ["{O} [=board/boarded]", "{O} [=climb/climbed] aboard", "{O} [=hop/hopped] on",
               "{O} [=pile/piled] on", "{O} [=squeeze/squeezed] in", "{O} [=come/came] aboard",
               "{O} [=show/showed] up at the last minute", "{O} [=join/joined] the crowd"]
CROWD_ADD_X_VEH = ["{O} [=roll/rolled] on", "{O} [=drive/drove] aboard", "{O} [=nose/nosed] up the ramp",
                   "{O} [=pull/pulled] on"]
CROWD_ADD_S = ["{S} [pick up/picked up] {O} at {P}", "{S} [take/took] on {O} at {P}",
               "{S} [welcome/welcomed] {O} aboard", "{S} [load/loaded] {O}", "{S} [collect/collected] {O} at {P}"]
CROWD_SUB_X = ["{O} [=get/got] off", "{O} [=hop/hopped] off", "{O} [=step/stepped] off",
               "{O} [=climb/climbed] down", "{O} [=head/headed] home", "{O} [=go/went] ashore",
               "{O} [=disembark/disembarked]", "{O} [=wander/wandered] off", "{O} [=leave/left]",
               "{O} [=call/called] it a day", "{O} [=bail/bailed] out at {P}"]
CROWD_SUB_X_VEH = ["{O} [=roll/rolled] off", "{O} [=drive/drove] off", "{O} [=pull/pulled] away at {P}"]
CROWD_SUB_S = ["{S} [drop off/dropped off] {O} at {P}", "{S} [let off/let off] {O} at {P}",
               "{S} [unload/unloaded] {O} at {P}", "{S} [leave/left] {O} at {P}"]
CROWD_MUL = ["the crowd {where} [-grow/grew] to {n} times its size",
             "{n} times as many {items} [=be/were] {where} after the stop at {P}",
             "the number of {items} {where} [-jump/jumped] {nf}",
             "the load {where} [-swell/swelled] to {n} times what it had been"]
CROWD_MUL2 = ["the crowd {where} [-double/doubled]", "the number of {items} {where} [-double/doubled] at {P}"]
CROWD_MUL3 = ["the number of {items} {where} [-triple/tripled] at {P}", "the crowd {where} [-triple/tripled]"]
CROWD_DIV = ["the {items} [=split/split] into {n} equal groups at {P}, and only one group [-stay/stayed] {where}",
             "at {P} the {items} [=be/were] divided evenly into {n} parties, and just one party [-stay/stayed] {where}"]
CROWD_DIV2 = ["half of the {items} [=get/got] off at {P}", "half of them [=head/headed] off at {P}"]
CROWD_DIV3 = ["all but a third of them [=leave/left] at {P}", "only a third of the {items} [=stay/stayed] {where} past {P}"]

# birds on the water
POND_ADD_X = ["{O} [=land/landed]", "{O} [=fly/flew] in", "{O} [=drop/dropped] in", "{O} [=splash/splashed] down",
              "{O} [=glide/glided] in", "{O} [=settle/settled] on the water", "{O} [=wing/winged] in from the north",
              "{O} [=paddle/paddled] out from the reeds", "{O} [=join/joined] them", "{O} [=arrive/arrived]",
              "{O} [=turn/turned] up"]
POND_ADD_S = ["{S} [spot/spotted] {O} near the far shore", "{S} [count/counted] {O} tucked into the cattails"]
POND_SUB_X = ["{O} [=fly/flew] off", "{O} [=take/took] off", "{O} [=lift/lifted] off", "{O} [=scatter/scattered]",
              "{O} [=head/headed] south", "{O} [=leave/left]", "{O} [=flush/flushed] when a dog ran by",
              "{O} [=disappear/disappeared] into the reeds", "{O} [=move/moved] on",
              "{O} [=drift/drifted] out of sight"]
POND_MUL = ["the flock [-grow/grew] to {n} times its size", "soon {n} times as many {items} [=be/were] on the water",
            "the raft of {items} [-swell/swelled] {nf}"]
POND_MUL2 = ["the flock [-double/doubled]", "the number of {items} on the water [-double/doubled]"]
POND_MUL3 = ["the flock [-triple/tripled]", "the raft of {items} [-triple/tripled] in size"]
POND_DIV2 = ["half of them [=fly/flew] off", "half the flock [-lift/lifted] off and [-head/headed] south"]
POND_DIV3 = ["all but a third of them [=scatter/scattered]", "only a third of the {items} [=stay/stayed] put"]

# bird tally sheet
TALLY_ADD = ["{S} [spot/spotted] {O}", "{S} [count/counted] {O}", "{S} [log/logged] {O}", "{S} [record/recorded] {O}",
             "{S} [tally/tallied] {O}", "{S} [add/added] {O}", "{S} [tick off/ticked off] {O}", "{S} [note/noted] {O}",
             "{S} [jot down/jotted down] {O}", "{S} [pick out/picked out] {O}", "{S} [pick up/picked up] {O} by ear",
             "{S} [sight/sighted] {O}"]
TALLY_SUB = ["{S} [cross off/crossed off] {O} as repeats", "{S} [strike/struck] {O} from the sheet",
             "{S} [erase/erased] {O}", "{S} [scratch out/scratched out] {O}", "{S} [drop/dropped] {O} from the count",
             "{S} [remove/removed] {O} from the list", "{S} [throw out/threw out] {O} that turned out to be starlings",
             "{S} [subtract/subtracted] {O} that had been counted already"]
TALLY_MUL = ["{poss} tally [-grow/grew] to {n} times the morning figure",
             "the tally [-climb/climbed] to {n} times what it had been"]
TALLY_MUL2 = ["{poss} tally [-double/doubled] after the afternoon walk", "{S} [double/doubled] the tally by the marsh"]
TALLY_MUL3 = ["{poss} tally [-triple/tripled] once the flocks came in"]
TALLY_DIV2 = ["{S} [realize/realized] {poss} partner had logged the very same birds and [halve/halved] the tally", "{S} [find/found] the sheet held every entry in duplicate and [cut/cut] the tally in half"]
TALLY_DIV3 = ["{S} [find/found] that every flock had been logged by each of the spotters and [cut/cut] the tally to a third"]

NEUTRAL_LEADS = ["Not long after", "Later on", "After a short break", "Soon after", "A little later", "After that",
                 "Before long", "Over the next hour", "Next", "Then", "After a while", "A bit later", "Shortly afterward"]
STAGE_LEADS = {0: ["Early on", "Shortly after sunrise", "First thing"],
               1: ["By mid-morning", "Midmorning", "Later that morning", "Before lunch"],
               2: ["Around noon", "Right after lunch", "At midday", "Over the lunch hour"],
               3: ["By early afternoon", "In the afternoon", "That afternoon", "By late afternoon"],
               4: ["Toward evening", "Near dusk", "Just before closing", "Toward the end of the day"]}
START_LEADS = ["Early Saturday", "At dawn", "First thing in the morning", "On Saturday morning", "At the start of the day",
               "Early that morning", "On a cool morning", "Just after sunrise", "This past weekend", "On Sunday morning"]
GEN_LONG_LEADS = [
    (1, "After the fog [-burn/burned] off and the parking lot [-start/started] to fill"),
    (None, "Once the wind [-die/died] down a little"),
    (None, "While a pickup with a bad muffler [-idle/idled] at the curb"),
    (2, "When the church bells down the road [=ring/rang] at noon"),
    (1, "As the sun [-climb/climbed] over the tree line"),
    (None, "By the time the coffee in the thermos [-go/went] cold"),
    (2, "Just as the lunch crowd [-thin/thinned] out"),
    (None, "After the rain, which [-come/came] in sideways off the lake, finally [-ease/eased]"),
    (None, "When a school bus full of day campers [-pull/pulled] into the lot"),
    (None, "Not long after the mail truck [-rattle/rattled] past"),
    (None, "While this reporter [-look/looked] on, notebook in hand"),
    (4, "As the shadows [=lengthen/lengthened] across the field"),
    (1, "Once the last of the morning dew [-dry/dried] off the grass"),
    (None, "After a thunderstorm [-roll/rolled] through and [-leave/left] everything dripping"),
    (2, "When the town clock on the green [-strike/struck] noon"),
]
GEN_SCENE = [
    "It [-be/was] a raw, gray Saturday.", "It [-be/was] the kind of bright morning that [-bring/brought] everyone out.",
    "The forecast [-call/called] for rain, but it never [-come/came].", "Nobody [-seem/seemed] to mind the mud.",
    "The parking lot [-be/was] full by mid-morning.", "A dog [-bark/barked] at every car that [-pull/pulled] in.",
    "Coffee [-be/was] free for anyone who [-ask/asked].", "This reporter [-stop/stopped] by to watch.",
    "A light breeze [-come/came] off the water.", "Somebody's radio [-play/played] old country songs.",
    "The town [-turn/turned] out in force.", "Gulls [=wheel/wheeled] overhead.",
    "Everyone [-agree/agreed] it [-be/was] perfect weather for it.", "The air [-smell/smelled] of wood smoke.",
    "It [-be/was] hot, and the shade [-go/went] fast.", "The road crew [-be/was] patching potholes out front.",
]
GEN_QUOTES = ["It's the best day of the year around here.", "You just keep showing up and it works out.",
              "Who could ask for better weather?", "We do it for the town, plain and simple.",
              "My knees aren't what they used to be, but here I am.", "Isn't this what Saturdays are for?",
              "It never gets old.", "You should have seen it last year.", "Honestly, I lost track of the time.",
              "Why would anyone stay inside today?", "Nobody's getting rich, but nobody's complaining.",
              "What's better than this?"]
BYSTANDER_ROLES = ["who lives down the road", "who [-stop/stopped] by on the way to work", "who volunteers most weekends",
                   "who [-be/was] visiting from out of state", "who drove over from {Place2}",
                   "who has lived in {Place} for decades", "who helps out when the crowds get big",
                   "who [-bring/brought] a folding chair and [-stay/stayed] all day"]

# --------------------------------------------------------------------------------------
# themes
# --------------------------------------------------------------------------------------
def _items(s):
    out = []
    for part in s.split(";"):
        part = part.strip()
        if not part:
            continue
        food = part.startswith("*")
        part = part.lstrip("*")
        sing, plur = part.split("|")
        out.append((sing.strip(), plur.strip(), food))
    return out


def _pairs(s):
    return [tuple(x.strip().split("|")) for x in s.split(";") if x.strip()]


THEMES = [
    dict(key="farmstand", mode="own", w=10,
         items=_items("*ear of sweet corn|ears of sweet corn; *heirloom tomato|heirloom tomatoes; *peach|peaches;"
                      "*jar of clover honey|jars of clover honey; *pint of blueberries|pints of blueberries;"
                      "*pie pumpkin|pie pumpkins; *pickling cucumber|pickling cucumbers; *cantaloupe|cantaloupes;"
                      "*carton of brown eggs|cartons of brown eggs; *bunch of kale|bunches of kale;"
                      "*loaf of sourdough|loaves of sourdough; *jar of strawberry jam|jars of strawberry jam;"
                      "bouquet of zinnias|bouquets of zinnias; *watermelon|watermelons; *acorn squash|acorn squash;"
                      "*head of lettuce|heads of lettuce; *jug of cider|jugs of cider; *bundle of rhubarb|bundles of rhubarb;"
                      "*quart of strawberries|quarts of strawberries; *bunch of carrots|bunches of carrots"),
         containers=_pairs("crate|crates; wooden flat|wooden flats@@berries,tomato,peach,strawberries; bushel basket|bushel baskets@@corn,tomato,peach,pumpkin,cucumber,squash,carrot; bin|bins; cooler|coolers@@corn,lettuce,kale,eggs,cider,carrot; tray|trays@@eggs,berries,strawberries,sourdough,jam,honey; case|cases@@jar,jug,carton; wagon|wagons@@pumpkin,watermelon,corn,squash,cantaloupe"),
         roles=["who runs the stand on {Road}", "who has sold produce from the same corner for decades",
                "whose family has farmed along the river for generations", "who took over the stand from {poss} aunt",
                "who sells out of a converted horse trailer", "who keeps an honor-system cash box by the scale"],
         role_nouns=["farmer", "grower", "beekeeper", "produce vendor", "market gardener"],
         groups=[("the {Place} Grange", "the Grange", False), ("the {Place} farm co-op", "the co-op", False),
                 ("the Friday market volunteers", "the volunteers", True)],
         orgs=[("the {Place} farm stand", "the stand"), ("the roadside stand on {Road}", "the stand"),
               ("the Hillcrest Orchards stand", "the stand")],
         locs=["on the folding tables", "in the back of the pickup", "on the tailgate", "under the striped awning",
               "in the walk-in cooler", "on the wooden shelves"],
         add=["{S} [pick/picked] {O} from the back field@@corn,tomato,peach,berries,pumpkin,cucumber,cantaloupe,kale,melon,squash,lettuce,rhubarb,carrot",
              "{S} [bring/brought] out {O} from the barn", "{S} [restock/restocked] the table with {O}",
              "{S} [carry/carried] out {O} from the back room", "{S} [unpack/unpacked] {O} from the truck"],
         sub=["{S} [sell/sold] {O} to the lunch crowd", "{S} [cull/culled] {O} that had gone soft@@corn,tomato,peach,berries,cucumber,cantaloupe,kale,melon,lettuce,carrot",
              "{S} [bag/bagged] up {O} for a restaurant order", "a raccoon [-get/got] into {O}",
              "{S} [pull/pulled] {O} that did not look right"],
         add_agents=["a neighboring farm", "the Amish family down the road"], sub_agents=["a pie shop in town", "the inn up the hill"],
         recips=["the food pantry", "the inn up the hill", "a neighbor with a new baby"],
         places=["the co-op", "the Saturday market", "the inn up the hill"],
         shares=_pairs("restaurant|restaurants; neighbor|neighbors; family|families"),
         piles=_pairs("crate|crates; basket|baskets; bag|bags"),
         end=["when the stand [-close/closed]", "by closing time", "at the end of the market day",
              "when {S} [pack up/packed up] for the day"],
         scene=["Cars [=line/lined] the shoulder of the county road well before lunch.",
                "The morning [-start/started] cool and gray over the fields.",
                "Bees [=work/worked] the clover along the fence line.",
                "A hand-painted sign [-promise/promised] corn picked that morning."],
         quotes=["People come back for the corn every summer.", "Who drives past a stand like this without stopping?",
                 "You can't fake a tomato picked this morning.", "The rain helped, but so did the bugs, believe it or not.",
                 "We'd be nowhere without the regulars."]),
    dict(key="fishing", mode="own", w=10, scale="mid",
         items=_items("*brook trout|brook trout; *yellow perch|yellow perch; *walleye|walleye; *smallmouth bass|smallmouth bass;"
                      "*bluegill|bluegills; *crappie|crappies; *channel catfish|channel catfish; *rainbow trout|rainbow trout;"
                      "*striped bass|striped bass; *mackerel|mackerel; *flounder|flounder; *rock bass|rock bass;"
                      "*northern pike|northern pike; *lake trout|lake trout; *sunfish|sunfish; *smelt|smelt;"
                      "*pumpkinseed|pumpkinseeds; *bullhead|bullheads; *white perch|white perch; *herring|herring"),
         containers=_pairs("cooler|coolers; bucket|buckets; stringer|stringers; creel|creels; tub|tubs; live well|live wells"),
         roles=["who has fished {Water} since childhood", "who guides on the river most weekends",
                "who ties {poss} own flies", "who keeps a battered aluminum boat at the town landing",
                "who has not missed the derby in decades"],
         role_nouns=["angler", "fishing guide", "charter captain", "retired game warden", "ice angler", "fly fisher"],
         groups=[("the {Place} Rod and Gun Club", "the club", False), ("the {Place} Anglers", "the Anglers", True),
                 ("a boatload of {Place} retirees", "the retirees", True)],
         orgs=[("the charter boat {Boat}", "the {Boat}")],
         locs=["in the cooler", "on the stringer", "in the live well", "in a bucket of lake water", "on ice"],
         add=["{S} [land/landed] {O}", "{S} [reel in/reeled in] {O}", "{S} [net/netted] {O}", "{S} [hook/hooked] {O}",
              "{S} [pull/pulled] {O} out of the weed beds", "{S} [catch/caught] {O}", "{S} [boat/boated] {O}",
              "{S} [jig/jigged] up {O} off the point", "{S} [bring/brought] {O} over the gunwale"],
         sub=["{S} [throw back/threw back] {O}", "{S} [release/released] {O}", "{S} [let/let] {O} go",
              "{S} [fry/fried] up {O} for lunch", "{S} [lose/lost] {O} off the stringer",
              "a heron [-make/made] off with {O}", "an otter [-help/helped] itself to {O}",
              "{S} [fillet/filleted] {O} for the fish fry"],
         add_agents=["the dockmaster", "a fellow angler"], sub_agents=["the fish fry committee", "a hungry camper"],
         recips=["the campers next door", "the fish fry committee", "the dockmaster"],
         places=["the town landing", "the bait shop", "the boat launch"],
         shares=_pairs("boat|boats; camper|campers; cabin|cabins; family|families"),
         piles=_pairs("cooler|coolers; bag|bags; bucket|buckets"),
         end=["when they [=tie/tied] up at the dock", "by the time {S} [pull/pulled] the boat out",
              "at the end of the derby", "when the weigh-in [-close/closed]"],
         scene=["Mist [-hang/hung] low over the water.", "Loons [=call/called] across the lake.",
                "A north wind [-keep/kept] the whitecaps up all morning.", "The bite [-be/was] slow early on."],
         quotes=["The fish don't read the forecast.", "Some days they bite, some days they don't.",
                 "Where else would you rather be at sunrise?", "You earn every one of them out here."]),
    dict(key="fair", mode="own", w=9,
         items=_items("ride ticket|ride tickets; blue ribbon|blue ribbons; *corn dog|corn dogs; *funnel cake|funnel cakes;"
                      "raffle ticket|raffle tickets; stuffed bear|stuffed bears; *cup of lemonade|cups of lemonade;"
                      "*caramel apple|caramel apples; plush unicorn|plush unicorns; program booklet|program booklets;"
                      "prize rosette|prize rosettes; *bag of kettle corn|bags of kettle corn;"
                      "*cotton candy cone|cotton candy cones; balloon animal|balloon animals; *jar of bread-and-butter pickles|jars of bread-and-butter pickles;"
                      "souvenir cup|souvenir cups; glow stick|glow sticks; ride wristband|ride wristbands; ribbon-winning quilt square|ribbon-winning quilt squares"),
         containers=_pairs("roll|rolls@@ticket; box|boxes; carton|cartons@@cup,corn dog,pickles,apple,funnel; rack|racks@@bear,unicorn,balloon,quilt,ribbon,rosette,glow,cotton; bag|bags@@ticket,glow,wristband,ribbon,rosette; bin|bins"),
         roles=["who has worked the midway for years", "who judges the pickle contest", "who runs the ring-toss booth",
                "who shows rabbits every August"],
         role_nouns=["fair volunteer", "booth operator", "concessionaire", "livestock judge", "fair board member"],
         groups=[("the {Place} Lions Club", "the Lions", True), ("the {Place} Fire Auxiliary", "the auxiliary", False),
                 ("the youth livestock club", "the club", False)],
         orgs=[("the corn dog stand by the grandstand", "the stand"), ("the ticket booth at the main gate", "the booth"),
               ("the ring-toss booth", "the booth")],
         locs=["behind the counter", "at the booth", "in a shoebox under the table", "in the prize tent"],
         add=["{S} [win/won] {O} at the ring toss@@bear,unicorn,balloon,souvenir,glow", "{S} [rake/raked] in {O}",
              "{S} [earn/earned] {O}@@ribbon,rosette,ticket", "{S} [stock/stocked] the booth with {O}",
              "{S} [take/took] home {O} from the judging barn@@ribbon,rosette,quilt,pickles",
              "{S} [fry/fried] up {O}@@corn dog,funnel"],
         sub=["{S} [trade/traded] {O} for rides@@ticket,wristband", "{S} [redeem/redeemed] {O}@@ticket",
              "{S} [hand/handed] {O} to the ride operator@@ticket,wristband", "{S} [award/awarded] {O}@@ribbon,rosette,bear,unicorn",
              "a goat in the petting barn [-eat/ate] {O}", "{S} [sell/sold] {O} to the grandstand crowd"],
         add_agents=["the fair board", "a ride operator"], sub_agents=["a teenager in a cowboy hat", "a family from out of town"],
         recips=["the fair board", "the kids in the petting barn line", "the volunteers at the gate"],
         places=["the grandstand", "the midway", "the poultry barn"],
         shares=_pairs("grandchild|grandchildren; cousin|cousins; teammate|teammates"),
         piles=_pairs("box|boxes; bag|bags; bundle|bundles"),
         end=["when the fair [-close/closed] for the night", "by the time the fireworks [=start/started]",
              "at the end of the fair"],
         scene=["The smell of fried dough [-drift/drifted] across the midway.",
                "A tractor pull [-rumble/rumbled] in the grandstand.", "The Ferris wheel [-creak/creaked] overhead.",
                "Somewhere a rooster [-crow/crowed], well past dawn."],
         quotes=["Where else can you see a prize rabbit and a demolition derby on the same day?",
                 "It's the same fair my grandmother came to.", "The heat never keeps anyone home."]),
    dict(key="scouts", mode="own", w=8, scale="mid",
         items=_items("*tin of caramel popcorn|tins of caramel popcorn; merit badge patch|merit badge patches;"
                      "tent stake|tent stakes; *marshmallow|marshmallows; *granola bar|granola bars; *can of soup|cans of soup;"
                      "pinecone bird feeder|pinecone bird feeders; bundle of kindling|bundles of kindling;"
                      "holiday wreath|holiday wreaths; headlamp|headlamps; pocket compass|pocket compasses;"
                      "*bag of trail mix|bags of trail mix; *s'mores kit|s'mores kits; paracord bracelet|paracord bracelets;"
                      "camp mug|camp mugs; box of matches|boxes of matches; neckerchief slide|neckerchief slides"),
         containers=_pairs("box|boxes; tote|totes; duffel|duffels; case|cases; carton|cartons; sack|sacks"),
         roles=["who leads the troop's fall campout", "who has been a scoutmaster longer than anyone can remember",
                "who organizes the popcorn sale", "who keeps the troop trailer organized"],
         role_nouns=["den leader", "scoutmaster", "Eagle Scout", "troop treasurer", "patrol leader"],
         groups=[("the {Place} Scouts", "the Scouts", True), ("the Beaver Patrol", "the patrol", False),
                 ("the {Place} Cub Scouts", "the Cubs", True), ("the Owl Patrol", "the patrol", False)],
         orgs=[("the {Place} troop", "the troop")],
         locs=["in the troop trailer", "in the church basement", "on a folding table outside the hardware store"],
         add=["{S} [earn/earned] {O}@@badge", "{S} [assemble/assembled] {O}@@kit,feeder,bracelet,wreath",
              "{S} [make/made] {O} at the den meeting@@feeder,bracelet,wreath,slide,kindling",
              "{S} [pack/packed] {O} for the campout", "{S} [pick up/picked up] {O} at the council office"],
         sub=["{S} [sell/sold] {O} outside the hardware store", "{S} [roast/roasted] {O}@@marshmallow", "{S} [use/used] {O}",
              "{S} [use up/used up] {O}", "{S} [pack/packed] {O} into the food drive boxes@@soup,granola,trail mix,popcorn",
              "a raccoon [-make/made] off with {O}"],
         add_agents=["a parent volunteer", "the council office", "a den mother"], sub_agents=["a parent volunteer", "the council office"],
         recips=["the food shelf", "the other patrols", "the nursing home", "a family down the road"],
         places=["the hardware store", "the council office", "the campground"],
         shares=_pairs("patrol|patrols; tent|tents; cabin|cabins; scout|scouts"),
         piles=_pairs("box|boxes; bag|bags; tote|totes"),
         end=["when the meeting [-wrap/wrapped] up", "at the end of the campout", "by the end of the weekend"],
         scene=["The troop [-meet/met] in the church basement, as usual.", "Rain [-drum/drummed] on the dining fly all night.",
                "The younger scouts [=be/were] mostly interested in the campfire."],
         quotes=["They learn more from a wet weekend than a dry one.", "Who needs a phone when you've got a compass?",
                 "The parents work harder than the kids, honestly."]),
    dict(key="hikegear", mode="own", w=6, scale="mid",
         items=_items("trail map|trail maps; water bottle|water bottles; bandana|bandanas; trail marker|trail markers;"
                      "hand warmer|hand warmers; *energy bar|energy bars; first-aid kit|first-aid kits; trekking pole|trekking poles;"
                      "trail guidebook|trail guidebooks; carabiner|carabiners; moleskin patch|moleskin patches;"
                      "rain poncho|rain ponchos; trail pass|trail passes; *packet of jerky|packets of jerky; whistle|whistles"),
         containers=_pairs("backpack|backpacks; bin|bins; box|boxes; duffel|duffels; bag|bags"),
         roles=["who maintains the ridge trail", "who has hiked every peak in the county", "who leads the Saturday walks"],
         role_nouns=["trail steward", "hike leader", "club president", "ridge runner", "trail crew chief"],
         groups=[("the {Place} Ramblers", "the Ramblers", True), ("the {Place} Hiking Club", "the club", False),
                 ("the Wednesday Walkers", "the Walkers", True)],
         orgs=[("the ranger station at {Place}", "the station")],
         locs=["at the trailhead kiosk", "in the club's gear closet", "in the back of the van"],
         add=["{S} [pick up/picked up] {O} at the ranger station", "{S} [pack/packed] {O}"],
         sub=["{S} [hand/handed] {O} to hikers at the summit", "{S} [leave/left] {O} at the lean-to",
              "{S} [use up/used up] {O} on the climb", "{S} [lose/lost] {O} on the descent"],
         add_agents=["a ranger", "the outfitter in town"], sub_agents=["a passing thru-hiker", "a scout leader"],
         recips=["a group of day hikers", "the ranger station", "the trail crew"],
         places=["the lean-to", "the trailhead", "the fire tower"],
         shares=_pairs("hiker|hikers; trail crew|trail crews; pack|packs"),
         piles=_pairs("pack|packs; bag|bags; box|boxes"),
         end=["back at the trailhead", "by the end of the hike", "when the club [-reach/reached] the parking lot"],
         scene=["Fog [-hang/hung] in the notch until late morning.", "The trail [-be/was] slick with wet leaves.",
                "A hawk [-circle/circled] above the ledges."],
         quotes=["The views were worth every step.", "Who complains about mud on a day like this?"]),
    dict(key="harvest", mode="own", w=8,
         items=_items("*bushel of apples|bushels of apples; bale of hay|bales of hay; *sack of potatoes|sacks of potatoes;"
                      "*crate of pears|crates of pears; *bin of grapes|bins of grapes; *bundle of garlic|bundles of garlic;"
                      "*basket of cranberries|baskets of cranberries; *sugar beet|sugar beets; *bag of pecans|bags of pecans;"
                      "bale of straw|bales of straw; *sack of onions|sacks of onions; *head of cabbage|heads of cabbage;"
                      "*winter squash|winter squash; *pumpkin|pumpkins; *bushel of walnuts|bushels of walnuts; gourd|gourds;"
                      "*ear of field corn|ears of field corn; *crate of plums|crates of plums"),
         containers=_pairs("wagon|wagons; pallet|pallets; trailer|trailers; row|rows@@pumpkin,squash,gourd,cabbage,beet,corn; bin|bins; truckload|truckloads"),
         roles=["who farms along the river road", "whose orchard sits on the south slope",
                "who still cuts hay with {poss} father's tractor", "who grew up on the farm {S2} now runs"],
         role_nouns=["orchardist", "dairy farmer", "hay farmer", "potato grower", "cranberry grower"],
         groups=[("the {Place} harvest crew", "the crew", False), ("the high school agriculture club", "the club", False)],
         orgs=[("{Place} Orchards", "the orchard"), ("the {Place} Farm", "the farm")],
         locs=["in the barn", "in the root cellar", "stacked by the barn door", "in the packing shed"],
         add=["{S} [harvest/harvested] {O}", "{S} [dig/dug] {O}@@potatoes,onions,garlic,beet",
              "{S} [pick/picked] {O}@@apples,pears,grapes,cranberries,plums,pumpkin,squash,gourd",
              "{S} [bring/brought] in {O} from the lower field", "{S} [gather/gathered] {O} before the frost"],
         sub=["{S} [haul/hauled] {O} to the co-op", "{S} [truck/trucked] {O} to the farmers market",
              "{S} [load/loaded] {O} onto a buyer's truck", "a hailstorm [-ruin/ruined] {O}", "mice in the barn [=get/got] into {O}"],
         add_agents=["a neighbor with a combine", "the county extension agent"], sub_agents=["the cider mill", "a buyer from the city"],
         recips=["the cider mill", "the food bank", "a neighbor whose crop failed"],
         places=["the grain elevator", "the cider mill", "the county fairgrounds"],
         shares=_pairs("buyer|buyers; neighbor|neighbors; family|families"),
         piles=_pairs("wagon|wagons; bin|bins; stack|stacks"),
         end=["when the harvest [-be/was] over", "by the first hard frost", "at the end of the week"],
         scene=["Frost [-silver/silvered] the fields at dawn.", "The combine [-roar/roared] somewhere over the hill.",
                "Geese [=pass/passed] low over the stubble."],
         quotes=["You make hay while the sun shines, and it was shining.", "What else would I be doing in October?"]),
    dict(key="bakesale", mode="own", w=7, scale="mid",
         items=_items("*cupcake|cupcakes; *fudge brownie|fudge brownies; *oatmeal cookie|oatmeal cookies;"
                      "*blueberry muffin|blueberry muffins; *lemon bar|lemon bars; *slice of rhubarb pie|slices of rhubarb pie;"
                      "*cinnamon roll|cinnamon rolls; *loaf of banana bread|loaves of banana bread; *snickerdoodle|snickerdoodles;"
                      "*whoopie pie|whoopie pies; *square of fudge|squares of fudge; *maple scone|maple scones;"
                      "*popcorn ball|popcorn balls; *cake pop|cake pops; *molasses cookie|molasses cookies"),
         containers=_pairs("tray|trays; tin|tins; platter|platters; box|boxes; sheet pan|sheet pans; basket|baskets"),
         roles=["who organizes the library bake sale", "whose lemon bars sell out every year", "who bakes for the church supper"],
         role_nouns=["baker", "PTA volunteer", "church deacon", "bake sale chair", "pastry cook"],
         groups=[("the {Place} PTA", "the PTA", False), ("the Friends of the {Place} Library", "the Friends", True),
                 ("the {Place} Garden Club", "the club", False)],
         orgs=[("the bake sale table at town hall", "the table")],
         locs=["on the folding table", "under plastic wrap", "in the fellowship hall"],
         add=["{S} [bake/baked] {O}", "{S} [whip up/whipped up] {O}", "{S} [frost/frosted] {O}@@cupcake,cinnamon,cake pop",
              "{S} [bring/brought] {O} from home", "{S} [pull/pulled] {O} out of the oven"],
         sub=["{S} [sell/sold] {O} to the after-church crowd", "{S} [wrap up/wrapped up] {O} for the firefighters",
              "a golden retriever [-snatch/snatched] {O} off the table"],
         add_agents=["a retired pastry chef", "the pastor's wife"], sub_agents=["the fire crew", "a Little League coach"],
         recips=["the firefighters", "the school custodians", "the nursing home"],
         places=["town hall", "the fire station", "the library"],
         shares=_pairs("table|tables; volunteer|volunteers; family|families"),
         piles=_pairs("tray|trays; box|boxes; platter|platters"),
         end=["when the sale [-end/ended]", "by the time the cash box [-be/was] counted", "at the end of the sale"],
         scene=["The line [-stretch/stretched] out the fellowship hall door.", "The coffee urn [-gurgle/gurgled] in the corner."],
         quotes=["Nobody counts calories at a bake sale.", "Who can walk past a lemon bar?", "Every dollar goes to the new roof."]),
    dict(key="plantsale", mode="own", w=5, scale="mid",
         items=_items("tomato seedling|tomato seedlings; pot of basil|pots of basil; seed packet|seed packets;"
                      "tulip bulb|tulip bulbs; hosta|hostas; flat of marigolds|flats of marigolds; rosebush|rosebushes;"
                      "pepper plant|pepper plants; strawberry plant|strawberry plants; lavender plant|lavender plants;"
                      "peony root|peony roots; dahlia tuber|dahlia tubers; sunflower seedling|sunflower seedlings;"
                      "potted fern|potted ferns; milkweed plug|milkweed plugs"),
         containers=_pairs("flat|flats; tray|trays; row|rows@@seedling,plant,basil,marigold,hosta,rosebush,fern,milkweed; cart|carts; wagon|wagons; table|tables"),
         roles=["who runs the greenhouse behind the school", "who has kept the town garden plots for years"],
         role_nouns=["master gardener", "greenhouse owner", "garden club president"],
         groups=[("the {Place} Garden Club", "the club", False), ("the community garden volunteers", "the volunteers", True)],
         orgs=[("the {Place} greenhouse", "the greenhouse")],
         locs=["on the greenhouse benches", "in the shade of the library steps", "on the town green"],
         add=["{S} [pot up/potted up] {O}@@seedling,basil,plant,hosta,fern", "{S} [divide/divided] off {O} from the perennial beds@@hosta,peony,fern",
              "{S} [start/started] {O} from seed@@seedling,basil,marigold,pepper", "{S} [bring/brought] over {O} from the greenhouse",
              "{S} [wheel/wheeled] out {O}"],
         sub=["{S} [plant/planted] {O} along the library walk", "a late frost [-kill/killed] {O}@@seedling,basil,marigold,pepper,plant",
              "woodchucks [=eat/ate] {O}@@seedling,basil,lettuce,plant", "a landscaper [-buy up/bought up] {O}"],
         add_agents=["a retired nurseryman"], sub_agents=["the town beautification committee"],
         recips=["the school garden", "the senior center", "the town beautification committee"],
         places=["the library", "the school garden", "the town green"],
         shares=_pairs("plot|plots; gardener|gardeners; bed|beds"),
         piles=_pairs("flat|flats; tray|trays; wagon|wagons"),
         end=["when the sale [-wind/wound] down", "at the end of the plant sale"],
         scene=["The lilacs [=be/were] just coming into bloom.", "Early buyers [=wait/waited] with wagons before the gate [-open/opened]."],
         quotes=["Everybody wants tomatoes, nobody wants to weed.", "Isn't it nice to see the green again?"]),
    dict(key="ballpark", mode="own", w=5, scale="mid",
         items=_items("baseball|baseballs; softball|softballs; team jersey|team jerseys; *bag of sunflower seeds|bags of sunflower seeds;"
                      "*orange slice|orange slices; batting glove|batting gloves; team photo|team photos; *hot dog|hot dogs;"
                      "*box of popcorn|boxes of popcorn; foam finger|foam fingers; *bottle of water|bottles of water;"
                      "trading card|trading cards; wristband|wristbands; batting helmet|batting helmets"),
         containers=_pairs("bucket|buckets; bag|bags; box|boxes; case|cases; cooler|coolers"),
         roles=["who coaches the minor league Cardinals", "who runs the snack shack", "who umpires on weekends"],
         role_nouns=["coach", "snack shack manager", "league treasurer", "umpire"],
         groups=[("the {Place} Little League", "the league", False), ("the {Place} Mudcats", "the Mudcats", True)],
         orgs=[("the snack shack behind home plate", "the snack shack")],
         locs=["in the dugout", "behind the backstop", "in the equipment shed"],
         add=["{S} [chase down/chased down] {O} in the outfield@@baseball,softball", "{S} [order/ordered] {O} for the season",
              "{S} [dig/dug] {O} out of the equipment shed"],
         sub=["{S} [lose/lost] {O} over the left-field fence@@baseball,softball", "{S} [sell/sold] {O} between innings",
              "{S} [hand/handed] {O} to the visiting team", "{S} [hit/hit] {O} into the creek@@baseball,softball"],
         add_agents=["a local sponsor", "the league office"], sub_agents=["the visiting team", "a group of parents"],
         recips=["the visiting team", "the T-ball kids", "the umpires"],
         places=["the field", "the league office", "the sporting goods store"],
         shares=_pairs("team|teams; dugout|dugouts; player|players"),
         piles=_pairs("bucket|buckets; bag|bags"),
         end=["after the last out", "when the lights [=go/went] off at the field", "by the end of the doubleheader"],
         scene=["The infield [-be/was] still damp from the sprinklers.", "Parents [=line/lined] the fence with lawn chairs."],
         quotes=["Win or lose, they get a snack.", "Did you see that catch in center?"]),
    dict(key="sugarhouse", mode="own", w=4, scale="mid",
         items=_items("*jug of maple syrup|jugs of maple syrup; bucket of sap|buckets of sap; *maple candy leaf|maple candy leaves;"
                      "sap tap|sap taps; *jar of maple cream|jars of maple cream; bundle of firewood|bundles of firewood;"
                      "*cup of sugar on snow|cups of sugar on snow; *bottle of grade A syrup|bottles of grade A syrup"),
         containers=_pairs("case|cases; rack|racks@@syrup,cream,candy; crate|crates; sled|sleds@@sap,firewood,jug; carton|cartons"),
         roles=["who has boiled sap in the same sugarhouse since childhood",
                "who taps the maples along {Road}"],
         role_nouns=["sugarmaker", "maple producer"],
         groups=[("the {Place} sugaring crew", "the crew", False)],
         orgs=[("the {Place} sugarhouse", "the sugarhouse")],
         locs=["in the sugarhouse", "on the shelves by the evaporator", "in the woodshed"],
         add=["{S} [boil/boiled] down {O}@@syrup,cream", "{S} [tap/tapped] {O}@@sap tap", "{S} [bottle/bottled] {O}@@syrup",
              "{S} [make/made] {O}", "{S} [set/set] out {O} on the sugarhouse shelves"],
         sub=["{S} [sell/sold] {O} at the open house", "{S} [ship/shipped] {O} to a store in the city"],
         add_agents=["a neighbor with a sugarbush"], sub_agents=["a bus tour", "the general store"],
         recips=["the general store", "the pancake breakfast"], places=["the general store", "the pancake breakfast"],
         shares=_pairs("customer|customers; store|stores"), piles=_pairs("case|cases; crate|crates"),
         end=["by the end of sugaring season", "when the open house [-close/closed]"],
         scene=["Steam [-pour/poured] out of the sugarhouse vents.", "The snow [-be/was] rotten and the sap [-be/was] running."],
         quotes=["When the sap runs, you run.", "Does anything smell better than a boiling day?"]),
    dict(key="booksale", mode="own", w=4,
         items=_items("used paperback|used paperbacks; postcard|postcards; pamphlet|pamphlets; tote bag|tote bags;"
                      "bookmark|bookmarks; vintage map|vintage maps; wall calendar|wall calendars; hardcover|hardcovers;"
                      "cookbook|cookbooks; jigsaw puzzle|jigsaw puzzles; vinyl record|vinyl records; old photograph|old photographs"),
         containers=_pairs("box|boxes; carton|cartons; shelf|shelves; crate|crates; bin|bins"),
         roles=["who chairs the historical society", "who has run the book sale since it began"],
         role_nouns=["librarian", "historical society volunteer", "bookseller"],
         groups=[("the {Place} Historical Society", "the society", False), ("the Friends of the Library", "the Friends", True)],
         orgs=[("the {Place} Library", "the library")],
         locs=["in the library basement", "on the long tables in the gym", "in the society's back room"],
         add=["{S} [sort/sorted] out {O} from the donation bins", "{S} [rescue/rescued] {O} from an attic"],
         sub=["{S} [sell/sold] {O} for pocket change",
              "{S} [recycle/recycled] {O}", "{S} [box up/boxed up] {O} for the prison library"],
         add_agents=["an estate sale", "a retired professor"], sub_agents=["a dealer from the city", "a college student"],
         recips=["the prison library", "the school", "the nursing home"], places=["the school", "the town hall"],
         shares=_pairs("branch|branches; classroom|classrooms; reading room|reading rooms"),
         piles=_pairs("box|boxes; stack|stacks; shelf|shelves"),
         end=["when the doors [=close/closed]", "at the end of the sale"],
         scene=["The gym [-smell/smelled] of old paper.", "Dealers [=wait/waited] at the door before it [-open/opened]."],
         quotes=["Every book has somebody looking for it.", "Who could resist a box of old maps?"]),
    dict(key="cleanup", mode="own", w=4, scale="mid",
         items=_items("bag of trash|bags of trash; aluminum can|aluminum cans; plastic bottle|plastic bottles; old tire|old tires;"
                      "bottle cap|bottle caps; tangle of fishing line|tangles of fishing line; glass bottle|glass bottles;"
                      "foam cup|foam cups; scrap of blue tarp|scraps of blue tarp; plastic bag|plastic bags;"
                      "shopping cart|shopping carts; traffic cone|traffic cones"),
         containers=_pairs("bin|bins; dumpster|dumpsters; trailer|trailers; pickup bed|pickup beds; canoe|canoes"),
         roles=["who organizes the spring river cleanup", "who paddles the river every weekend"],
         role_nouns=["river steward", "cleanup organizer", "watershed volunteer"],
         groups=[("the {Place} Watershed Association", "the association", False), ("the {Place} Paddlers", "the Paddlers", True)],
         orgs=[("the cleanup crew at {Place}", "the crew")],
         locs=["on the riverbank", "in the canoe", "in the pickup bed"],
         add=["{S} [fish/fished] out {O} from the shallows", "{S} [drag/dragged] {O} out of the mud", "{S} [bag/bagged] {O}"],
         sub=["{S} [haul/hauled] {O} to the dumpster", "{S} [drop/dropped] {O} at the recycling center",
              "{S} [turn/turned] in {O} for the deposit"],
         add_agents=["a kayaker", "the town highway crew"], sub_agents=["the town highway crew", "the recycling truck"],
         recips=["the recycling center", "the transfer station"], places=["the transfer station", "the recycling center"],
         shares=_pairs("crew|crews; truck|trucks"), piles=_pairs("bin|bins; pile|piles"),
         end=["when the cleanup [-end/ended]", "by the end of the day"],
         scene=["The river [-be/was] running high and brown.", "Volunteers [=wear/wore] waders and bright vests."],
         quotes=["You wouldn't believe what ends up in a river.", "Where does it all come from?"]),
    dict(key="aidstation", mode="own", w=5,
         items=_items("*paper cup of water|paper cups of water; race bib|race bibs; finisher medal|finisher medals; *banana|bananas;"
                      "*energy gel|energy gels; safety pin|safety pins; *orange wedge|orange wedges; space blanket|space blankets;"
                      "race T-shirt|race T-shirts; *bag of pretzels|bags of pretzels; sponge|sponges;"
                      "*cup of electrolyte drink|cups of electrolyte drink; pace band|pace bands"),
         containers=_pairs("box|boxes; case|cases; tub|tubs; carton|cartons; table|tables; bag|bags"),
         roles=["who has run the aid station by the covered bridge for years", "who ran the marathon in {poss} younger days"],
         role_nouns=["race director", "aid station captain", "volunteer coordinator"],
         groups=[("the {Place} Road Runners", "the Road Runners", True), ("the {Place} Track Club", "the club", False)],
         orgs=[("the aid station at the covered bridge", "the aid station")],
         locs=["on the folding tables", "at the aid station", "in the timing tent"],
         add=["{S} [fill/filled] {O}@@cup", "{S} [set out/set out] {O}", "{S} [unpack/unpacked] {O}"],
         sub=["{S} [hand/handed] out {O} to passing runners", "{S} [pin/pinned] on {O}@@bib", "{S} [spill/spilled] {O}@@cup",
              "runners [=grab/grabbed] {O}", "the lead pack [-go/went] through {O}"],
         add_agents=["the race committee", "a sponsor's van"], sub_agents=["the runners at the back of the pack", "the lead pack"],
         recips=["the finish line tent", "the medical tent", "the next aid station"],
         places=["the finish line", "the medical tent", "the start corral"],
         shares=_pairs("aid station|aid stations; table|tables; volunteer|volunteers"),
         piles=_pairs("table|tables; box|boxes; tub|tubs"),
         end=["when the sweep vehicle [-pass/passed]", "at the end of the race", "once the last runner [-finish/finished]"],
         scene=["A cowbell [-clang/clanged] every time a runner [-come/came] by.", "The course [-wind/wound] along the river."],
         quotes=["You cheer the last runner as loud as the first.", "Who wouldn't want to be out here today?"]),
    dict(key="ferry", mode="crowd", w=7, scale="mid",
         items=_items("passenger|passengers; foot passenger|foot passengers; commuter|commuters; day-tripper|day-trippers;"
                      "cyclist|cyclists; schoolchild|schoolchildren"),
         veh=_items("car|cars; pickup truck|pickup trucks; delivery van|delivery vans; motorcycle|motorcycles; camper van|camper vans"),
         containers=_pairs("tour bus|tour buses@@passenger,day-tripper,commuter,schoolchild; van|vans@@passenger,day-tripper,commuter,schoolchild,cyclist; shuttle|shuttles@@passenger,commuter,day-tripper"),
         subjects=[("the ferry {Boat}", ["the ferry", "the {Boat}"]), ("the {Boat}", ["the boat", "the {Boat}"]),
                   ("the island ferry", ["the ferry"])],
         where=["aboard", "on the boat", "on board"],
         places=["Crane Island", "Dutch Point", "Bellows Ferry", "Saltmarsh Cove", "Heron Bay", "Loon Harbor", "Owl's Head"],
         end=["when the ferry [-dock/docked] at {P}", "on the last leg to {P}", "at the end of the run"],
         scene=["The crossing [-be/was] choppy.", "Fog horns [=sound/sounded] off the point.", "The deckhands [=work/worked] fast."],
         quotes=["Island folks plan their whole week around this boat.", "Who needs a bridge when you've got this view?"]),
    dict(key="hayride", mode="crowd", w=4, scale="small",
         items=_items("rider|riders; fairgoer|fairgoers; apple picker|apple pickers; kid|kids; visitor|visitors"),
         veh=[], containers=_pairs("car|cars; minivan|minivans; school bus|school buses"),
         subjects=[("the hay wagon", ["the wagon"]), ("the orchard tractor", ["the tractor", "the wagon"])],
         where=["on the wagon", "aboard"],
         places=["the pumpkin patch", "the corn maze", "the cider barn", "the far orchard", "the pond"],
         end=["when the wagon [-roll/rolled] back to the barn", "at the last stop"],
         scene=["Hay [-stick/stuck] to everyone's sweaters.", "The tractor [-chug/chugged] along the orchard lane."],
         quotes=["The kids would ride it all day if we let them.", "Isn't this the best part of fall?"]),
    dict(key="hikers", mode="group", w=5, scale="small",
         items=_items("hiker|hikers; walker|walkers; day hiker|day hikers; trail runner|trail runners; birder|birders; paddler|paddlers"),
         containers=_pairs("carpool|carpools; van|vans; car|cars"),
         role_nouns=["hike leader", "trip leader", "club guide"],
         where=["with {obj}", "in the group", "in {poss} party"],
         places=["the trailhead", "the fire tower", "the beaver ponds", "the saddle", "the lookout", "the lean-to"],
         end=["at the summit", "when {S} [reach/reached] {P}", "by the end of the outing"],
         scene=["The trail [-be/was] slick with wet leaves.", "Fog [-hang/hung] in the notch until late morning."],
         quotes=["Nobody gets left behind on my hikes.", "Who wants to turn back with a view like that ahead?"]),
    dict(key="pond", mode="pond", w=5, scale="mid",
         items=_items("mallard|mallards; Canada goose|Canada geese; sandpiper|sandpipers; great blue heron|great blue herons;"
                      "snow goose|snow geese; tundra swan|tundra swans; common tern|common terns; wood duck|wood ducks;"
                      "common loon|common loons; bufflehead|buffleheads; hooded merganser|hooded mergansers;"
                      "ring-necked duck|ring-necked ducks; coot|coots; green-winged teal|green-winged teal"),
         containers=_pairs("flock|flocks; raft|rafts; skein|skeins"),
         role_nouns=["birder", "bird count volunteer", "nature center naturalist", "Audubon volunteer"],
         end=["when {S} [pack up/packed up] {poss} spotting scope", "at the end of the count", "as the light [-fade/faded]"],
         scene=["The water [-be/was] flat calm.", "Ice still [-rim/rimmed] the shoreline.", "A cold wind [-come/came] off the marsh."],
         quotes=["You never know what will drop in.", "Isn't that the prettiest thing you've ever seen?"]),
    dict(key="tally", mode="tally", w=4, scale="mid",
         items=_items("red-winged blackbird|red-winged blackbirds; chickadee|chickadees; yellow warbler|yellow warblers;"
                      "bluebird|bluebirds; cedar waxwing|cedar waxwings; song sparrow|song sparrows; killdeer|killdeer;"
                      "barn swallow|barn swallows; purple martin|purple martins; goldfinch|goldfinches; American robin|American robins;"
                      "turkey vulture|turkey vultures; tree swallow|tree swallows; mourning dove|mourning doves; blue jay|blue jays"),
         containers=_pairs("flock|flocks; hedgerow|hedgerows; field|fields"),
         role_nouns=["birder", "bird count volunteer", "Christmas count compiler", "Audubon volunteer"],
         end=["at the end of the count", "when {S} [turn/turned] in {poss} sheet", "by dusk"],
         scene=["The count [-start/started] in the dark, as it always does.", "Thermoses of cocoa [=make/made] the rounds.",
                "The marsh [-be/was] loud with birdsong."],
         quotes=["Every bird counts, even the common ones.", "Who else gets up this early on purpose?"]),
]
THEME_W = [t["w"] for t in THEMES]

# --------------------------------------------------------------------------------------
# conjugation helpers
# --------------------------------------------------------------------------------------
_DOUBLE = set("get drop net snag grab ship scrap swap trap stop hop tag bag cut put set let win dig spot log jot strip "
              "chip tip wrap dip pin skip plan sit run shop flag nab step jog lug tug rig hit chug split quit whip jig pot tap "
              "drag clip strap slip trim stir shut spin swim rub scrub plug map nap pat knit trot snap flap pop "
              "prop crop rip trip drip grip flip drum hum shrug beg bet wet spit begin rim".split())


def third(head):
    if head == "have":
        return "has"
    if head == "be":
        return "is"
    if head in ("do", "go"):
        return head + "es"
    if re.search(r"(s|sh|ch|x|z)$", head):
        return head + "es"
    if re.search(r"[^aeiou]y$", head):
        return head[:-1] + "ies"
    return head + "s"


def gerund(head):
    if head == "be":
        return "being"
    if head.endswith("ie"):
        return head[:-2] + "ying"
    if head in _DOUBLE:
        return head + head[-1] + "ing"
    if head.endswith("e") and not head.endswith(("ee", "oe", "ye")):
        return head[:-1] + "ing"
    return head + "ing"


def conj(base, past, tense, plural, person=3):
    bh, _, brest = base.partition(" ")
    if tense == "past":
        ph, _, prest = past.partition(" ")
        if bh == "be":
            ph = "were" if (plural and person != 1) or (person == 1 and plural) else "was"
        return ph + (" " + prest if prest else "")
    if bh == "be":
        if person == 1 and not plural:
            h = "am"
        else:
            h = "are" if plural else "is"
    elif plural or person == 1:
        h = bh
    else:
        h = third(bh)
    return h + (" " + brest if brest else "")


_BR = re.compile(r"\[([=\-]?)([^/\]]+)/([^\]]+)\]")


def resolve(text, tense, plural, person=3):
    def f(m):
        flag, base, past = m.group(1), m.group(2), m.group(3)
        if flag == "=":
            return conj(base, past, tense, True)
        if flag == "-":
            return conj(base, past, tense, False)
        return conj(base, past, tense, plural, person)
    return _BR.sub(f, text)


def to_gerund(vp):
    """'[sell off/sold off] {O} to {R}' -> 'selling off {O} to {R}'; 'and [keep/kept]' -> 'and keeping'."""
    m = _BR.match(vp)
    if not m:
        return None

    def ger(mm):
        h, _, rest = mm.group(2).partition(" ")
        return gerund(h) + (" " + rest if rest else "")
    out = ger(m) + vp[m.end():]
    out = re.sub(r"(?<=and )\[([=\-]?)([^/\]]+)/([^\]]+)\]", ger, out)
    return out


_SLOT = re.compile(r"\{(\w+)\}")


def fill(text, d):
    for _ in range(3):
        new = _SLOT.sub(lambda m: str(d[m.group(1)]) if m.group(1) in d else m.group(0), text)
        if new == text:
            break
        text = new
    return text


def cap(s):
    return s[:1].upper() + s[1:] if s else s


# --------------------------------------------------------------------------------------
# arithmetic
# --------------------------------------------------------------------------------------
def apply_op(a, op, b):
    if op == "+":
        r = a + b
    elif op == "-":
        r = a - b
    elif op == "*":
        r = a * b
    else:
        if b <= 0 or a % b:
            return None
        r = a // b
    if r < 0 or r > 9999:
        return None
    return r


def _digit_swaps(n):
    s = str(n)
    out = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if not t.startswith("0"):
                out.append(int(t))
    return out


def _digit_nudges(n):
    s = str(n)
    out = []
    for i in range(len(s)):
        for d in (-1, 1, -2, 2, -3, 3):
            v = int(s[i]) + d
            if 0 <= v <= 9 and not (i == 0 and v == 0 and len(s) > 1):
                out.append(int(s[:i] + str(v) + s[i + 1:]))
    return out


def _add_nocarry(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        x = int(sa[i]) if i < len(sa) else 0
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str((x + y) % 10))
    return int("".join(out[::-1]))


def _sub_noborrow(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        x = int(sa[i])
        y = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(x - y)))
    return int("".join(out[::-1]))


def arith_slips(a, op, b, c, rng):
    near = [c + 1, c - 1, c + 10, c - 10]
    if c >= 100:
        near += [c + 100, c - 100]
    special = []
    if op == "+":
        special += [_add_nocarry(a, b), c + 10, c - 10]
    elif op == "-":
        special += [_sub_noborrow(a, b), c + 10, c - 10]
    elif op == "*":
        special += [c - a, c + a, c - b, c + b, c + 10, c - 10]
    else:
        special += [c + 1, c - 1, c + 2, c - 2]
    swaps = _digit_swaps(c)
    nudges = _digit_nudges(c)
    pools = [special, near, swaps, nudges]
    out = []
    for p in pools:
        p = list(p)
        rng.shuffle(p)
        out.extend(p)
    res, seen = [], set()
    for v in out:
        if v != c and v >= 0 and v not in seen and abs(v - c) <= max(60, c // 2):
            seen.add(v)
            res.append(v)
    return res


def misreads(n, rng):
    c = _digit_swaps(n) + [n + 1, n - 1] + ([n + 10, n - 10] if n >= 10 else []) + _digit_nudges(n)[:6]
    rng.shuffle(c)
    return [v for v in c if v > 0 and v != n]


# --------------------------------------------------------------------------------------
# the "group on a walk" mode (hike leader with a party of people)
# --------------------------------------------------------------------------------------
GROUP_ADD_X = ["{O} [=join/joined] {obj} at {P}", "{O} [=catch/caught] up with the group", "{O} [=fall/fell] in behind {obj}",
               "{O} [=tag/tagged] along from {P}", "{O} [=meet/met] {obj} at {P}", "{O} [=show/showed] up late"]
GROUP_ADD_S = ["{S} [pick up/picked up] {O} at {P}", "{S} [welcome/welcomed] {O} at {P}",
               "{S} [gather/gathered] {O} from the parking lot", "{S} [sign/signed] up {O} at {P}"]
GROUP_SUB_X = ["{O} [=turn/turned] back", "{O} [=peel/peeled] off toward the parking lot", "{O} [=head/headed] down early",
               "{O} [=drop/dropped] out", "{O} [=split/split] off at {P}", "{O} [=call/called] it quits",
               "{O} [=stay/stayed] behind at {P}", "{O} [=bow/bowed] out at {P}"]
GROUP_SUB_S = ["{S} [send/sent] {O} back down", "{S} [lose/lost] {O} at {P}", "{S} [leave/left] {O} resting at {P}"]
GROUP_MUL = ["the group [-grow/grew] to {n} times its size at {P}", "the party [-swell/swelled] {nf} by {P}"]
GROUP_MUL2 = ["the group [-double/doubled] at {P}", "the size of the party [-double/doubled]"]
GROUP_MUL3 = ["the group [-triple/tripled] in size at {P}"]
GROUP_DIV = ["the group [-split/split] into {n} equal parties at {P}, and {S} [stay/stayed] with one of them",
             "at {P}, {S} [divide/divided] the {items} into {n} equal teams and [keep/kept] leading one team"]
GROUP_DIV2 = ["half of the group [-turn/turned] back at {P}", "{S} [send/sent] half of them ahead at {P}"]
GROUP_DIV3 = ["only a third of them [=keep/kept] going past {P}"]

MODE_POOLS = {
    "crowd": dict(mul=CROWD_MUL, mul2=CROWD_MUL2, mul3=CROWD_MUL3, div=CROWD_DIV, div2=CROWD_DIV2, div3=CROWD_DIV3),
    "group": dict(mul=GROUP_MUL, mul2=GROUP_MUL2, mul3=GROUP_MUL3, div=GROUP_DIV, div2=GROUP_DIV2, div3=GROUP_DIV3),
    "pond": dict(mul=POND_MUL, mul2=POND_MUL2, mul3=POND_MUL3, div=[], div2=POND_DIV2, div3=POND_DIV3),
    "tally": dict(mul=TALLY_MUL, mul2=TALLY_MUL2, mul3=TALLY_MUL3, div=[], div2=TALLY_DIV2, div3=TALLY_DIV3),
    "own": dict(mul=OWN_MUL, mul2=OWN_MUL2, mul3=OWN_MUL3, div=OWN_DIV, div2=OWN_DIV2, div3=OWN_DIV3),
}

# --------------------------------------------------------------------------------------
# subjects
# --------------------------------------------------------------------------------------
PRON = {"she": ("she", "her", "her", "herself", False), "he": ("he", "him", "his", "himself", False),
        "they": ("they", "them", "their", "themselves", True), "it": ("it", "it", "its", "itself", False),
        "pl": ("they", "them", "their", "themselves", True)}


def _subj(kind, full_forms, short, pron, fp_plural):
    s, o, p, r, pl = PRON[pron]
    return dict(kind=kind, fulls=full_forms, short=short, S2=s, obj=o, poss=p, refl=r, plural=pl,
                fp=("we", "us", "our", "ourselves") if fp_plural else ("I", "me", "my", "myself"))


def make_person(rng, theme, ctx_fill):
    g = rng.random()
    if g < 0.46:
        first, pron = rng.choice(FEMALE), "she"
    elif g < 0.92:
        first, pron = rng.choice(MALE), "he"
    else:
        first, pron = rng.choice(NEUTRAL), rng.choice(["she", "he"])
    last = rng.choice(SURNAMES)
    name = first + " " + last
    short = last if rng.random() < 0.6 else first
    fulls = [name, name, name + " of " + ctx_fill["Place"]]
    if theme.get("role_nouns"):
        fulls.append(ctx_fill["Place"] + " " + rng.choice(theme["role_nouns"]) + " " + name)
        fulls.append(rng.choice(theme["role_nouns"]) + " " + name)
    if theme.get("roles"):
        fulls.append(name + ", " + rng.choice(theme["roles"]) + ",")
    subj = _subj("person", fulls, short, pron, False)
    subj["name"] = name
    return subj


def make_subject(rng, theme, ctx_fill):
    mode = theme["mode"]
    if mode == "crowd":
        full, shorts = rng.choice(theme["subjects"])
        full = fill(full, ctx_fill)
        sh = fill(rng.choice(shorts), ctx_fill)
        return _subj("thing", [full], sh, "it", True)
    if mode in ("group", "pond", "tally"):
        return make_person(rng, theme, ctx_fill)
    r = rng.random()
    if r < 0.62 or not (theme.get("groups") or theme.get("orgs")):
        return make_person(rng, theme, ctx_fill)
    if r < 0.84 and theme.get("groups"):
        full, short, plural = rng.choice(theme["groups"])
        s = _subj("group", [fill(full, ctx_fill)], short, "pl" if plural else "it", True)
        return s
    if theme.get("orgs"):
        full, short = rng.choice(theme["orgs"])
        return _subj("org", [fill(full, ctx_fill)], fill(short, ctx_fill), "it", True)
    full, short, plural = rng.choice(theme["groups"])
    return _subj("group", [fill(full, ctx_fill)], short, "pl" if plural else "it", True)


# --------------------------------------------------------------------------------------
# context for one record
# --------------------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, theme):
        self.rng = rng
        self.theme = theme
        self.mode = theme["mode"]
        place = rng.choice(PLACES)
        place2 = rng.choice([p for p in PLACES if p != place])
        self.base = dict(Place=place, Place2=place2, Road=rng.choice(ROADS), Boat=rng.choice(BOATS),
                         Water=rng.choice(WATERS))
        pool = list(theme["items"])
        self.veh = False
        if theme.get("veh") and rng.random() < 0.4:
            pool = list(theme["veh"])
            self.veh = True
        self.item = rng.choice(pool)
        self.items = self.item[1]
        self.food = self.item[2]
        self.subj = make_subject(rng, theme, self.base)
        self.conts = []
        for c in theme["containers"]:
            sing, plur = c[0], c[1]
            if "@@" in plur:
                plur, kws = plur.split("@@")
                if not any(k in self.items for k in kws.split(",")):
                    continue
            self.conts.append((sing, plur))
        self.tense = "past" if rng.random() < 0.72 else "present"
        self.sol_tense = "present" if rng.random() < 0.75 else "past"
        self.p_words = rng.choice([0.0, 0.0, 0.15, 0.35, 0.6])
        self.pron_bias = rng.uniform(0.2, 0.7)
        self.mentioned = False
        if self.mode == "pond":
            self.where = "on " + self.base["Water"]
        elif self.mode in ("crowd", "group"):
            self.where = rng.choice(theme["where"])
        elif self.mode == "tally":
            self.where = "on " + self.subj["poss"] + " tally sheet"
        else:
            self.where = ""

    # pronoun/name dictionary for slot filling
    def pdict(self, first_person=False):
        s = self.subj
        d = dict(self.base)
        if first_person:
            S2, o, p, r = s["fp"]
        else:
            S2, o, p, r = s["S2"], s["obj"], s["poss"], s["refl"]
        d.update(S2=S2, obj=o, poss=p, poss_cap=cap(p), refl=r, items=self.items)
        d["where"] = fill(self.where, d)
        return d

    def say(self, n):
        w = num_word(n) if n < 100 else None
        if w is None:
            return str(n)
        p = self.p_words if (n <= 20 or n % 10 == 0) else self.p_words * 0.4
        return w if self.rng.random() < p else str(n)

    def ref(self, initial=False, allow_pron=True):
        """a reference to the main subject inside the problem text."""
        s = self.subj
        if allow_pron and self.mentioned and self.rng.random() < self.pron_bias:
            t = s["S2"]
        else:
            t = s["short"]
        self.mentioned = True
        return cap(t) if initial else t

    def full(self):
        self.mentioned = True
        return fill(self.rng.choice(self.subj["fulls"]), self.pdict())

    def res(self, text, tense=None, first_person=False):
        tense = tense or self.tense
        pl = True if first_person and self.subj["fp"][0] == "we" else self.subj["plural"]
        return resolve(text, tense, pl, 1 if first_person else 3)


# --------------------------------------------------------------------------------------
# plan: start + changes
# --------------------------------------------------------------------------------------
def make_plan(rng, theme):
    mode = theme["mode"]
    scale = theme.get("scale", "big")
    nch = rng.choices([1, 2, 3, 4, 5], weights=[10, 20, 26, 25, 19])[0]
    product = rng.random() < 0.26
    if product:
        if scale == "small":
            As, Bs, cap_ = [2, 2, 3, 3, 4, 5, 6], [3, 4, 5, 6, 7, 8, 9, 10, 12], 60
        elif scale == "mid":
            As, Bs, cap_ = [2, 3, 3, 4, 4, 5, 6, 7, 8, 10], [4, 5, 6, 8, 10, 12, 12, 15, 16, 20, 24, 25, 30], 400
        else:
            As = [2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 8, 9, 10, 12, 12, 14, 15, 16, 18, 20, 24]
            Bs = [4, 5, 6, 6, 8, 8, 10, 10, 12, 12, 12, 15, 16, 18, 20, 24, 24, 25, 30, 36, 40, 48]
            cap_ = 1500
        while True:
            A, B = rng.choice(As), rng.choice(Bs)
            if A * B <= cap_ and A != B:
                break
        start = A * B
    else:
        A = B = None
        r = rng.random()
        if scale == "small":
            start = rng.randint(6, 60)
        elif scale == "mid":
            start = rng.randint(10, 99) if r < 0.45 else rng.randint(100, 400)
        elif r < 0.30:
            start = rng.randint(12, 99)
        elif r < 0.75:
            start = rng.randint(100, 499)
        elif r < 0.95:
            start = rng.randint(500, 999)
        else:
            start = rng.choice([120, 144, 200, 240, 250, 300, 360, 400, 480, 500, 600, 720, 800, 1000])
    add_cap = {"small": 25, "mid": 150, "big": 999}[scale]
    mul_cap = {"small": 60, "mid": 600, "big": 3000}[scale]
    v = start
    ops = []
    div_small = mode in ("pond", "tally")
    for _ in range(nch):
        for attempt in range(40):
            op = rng.choices("+-*/", weights=[30, 32, 16, 22])[0]
            if op == "+":
                if v < 60:
                    b = rng.randint(2, min(45, add_cap))
                else:
                    b = max(2, min(add_cap, int(v * rng.uniform(0.04, 0.7))))
                if rng.random() < 0.06:
                    b = 12
            elif op == "-":
                if v < 4:
                    continue
                hi = min(999, v - 2)
                b = max(2, min(hi, int(v * rng.uniform(0.05, 0.65))))
                if rng.random() < 0.06 and v > 14:
                    b = 12
            elif op == "*":
                if v > mul_cap:
                    continue
                cands = [2, 2, 2, 3, 3, 4, 5] if mode == "own" else [2, 2, 3, 3, 4]
                if scale == "small":
                    cands = [2, 2, 3]
                b = rng.choice(cands)
            else:
                if div_small:
                    ds = [d for d in (2, 3) if v % d == 0 and v // d >= 2]
                else:
                    ds = [d for d in range(2, 13) if v % d == 0 and v // d >= 2]
                if not ds:
                    continue
                b = rng.choice(ds)
            nv = apply_op(v, op, b)
            if nv is None or nv < 1 or b > 999:
                continue
            ops.append((op, b))
            v = nv
            break
        else:
            break
    if not ops:
        return None
    return dict(product=product, A=A, B=B, start=start, changes=ops)


def true_chain(plan):
    """list of (a, op, b, c) equations of a correct solution."""
    eqs = []
    if plan["product"]:
        v = plan["A"] * plan["B"]
        eqs.append((plan["A"], "*", plan["B"], v))
    else:
        v = plan["start"]
    for op, b in plan["changes"]:
        c = apply_op(v, op, b)
        eqs.append((v, op, b, c))
        v = c
    return eqs


# --------------------------------------------------------------------------------------
# errors
# --------------------------------------------------------------------------------------
def problem_numbers(plan):
    nums = [plan["A"], plan["B"]] if plan["product"] else [plan["start"]]
    nums += [b for _, b in plan["changes"]]
    return nums


def continue_chain(eqs, pos, new_eq):
    """replace equation pos with new_eq and recompute later ones from the written result."""
    out = list(eqs[:pos]) + [new_eq]
    v = new_eq[3]
    for a, op, b, c in eqs[pos + 1:]:
        nc = apply_op(v, op, b)
        if nc is None:
            return None
        out.append((v, op, b, nc))
        v = nc
    return out


def error_candidates(rng, plan, eqs, kind, pos):
    a, op, b, c = eqs[pos]
    nums = problem_numbers(plan)
    cands = []
    is_prod = plan["product"] and pos == 0
    if kind == "arithmetic":
        for c2 in arith_slips(a, op, b, c, rng):
            cands.append((a, op, b, c2))
    elif kind == "operation":
        alts = {"+": ["-"], "-": ["+"], "*": ["+", "/"], "/": ["*", "-"]}[op]
        if op == "+" and b <= 5:
            alts.append("*")
        if is_prod:
            alts = ["+"]
        rng.shuffle(alts)
        for op2 in alts:
            c2 = apply_op(a, op2, b)
            if c2 is not None and c2 != c:
                cands.append((a, op2, b, c2))
    elif kind == "operand":
        bs = []
        others = [x for x in nums if x != b and x is not None]
        rng.shuffle(others)
        mis = misreads(b, rng)
        if op in "*/":
            mis = [x for x in mis if x >= 2 and x <= 12] + [x for x in mis if x > 12 and op == "*" and b > 12]
            others = [x for x in others if 2 <= x <= 12] if not is_prod else others
        if rng.random() < 0.5:
            bs = others[:3] + mis
        else:
            bs = mis[:4] + others[:3] + mis[4:]
        as_ = []
        if pos > 0:
            as_ += misreads(a, rng)[:5]
            stale = eqs[pos - 1][0]
            if stale != a:
                as_.insert(rng.randint(0, len(as_)), stale)
            if pos > 1 and not plan["product"] and plan["start"] != a:
                as_.append(plan["start"])
        else:
            as_ += misreads(a, rng)[:6]
            if is_prod:
                as_ = [x for x in as_ if x != b]
        tb = [("b", x) for x in bs]
        ta = [("a", x) for x in as_]
        order = tb + ta if rng.random() < (0.5 if pos > 0 else 0.6) else ta + tb
        for which, val in order:
            a2, b2 = (val, b) if which == "a" else (a, val)
            if (a2, b2) == (a, b) or (is_prod and (a2, b2) == (b, a)):
                continue
            c2 = apply_op(a2, op, b2)
            if c2 is None or c2 == c:
                continue
            cands.append((a2, op, b2, c2))
    return cands


def build_written(rng, plan, eqs, kind, pos):
    """returns (written_eqs, stated_final) or None."""
    if kind == "none":
        return list(eqs), eqs[-1][3]
    if kind == "answer":
        last = eqs[-1][3]
        opts = [last + 1, last - 1, last + 10, last - 10] + _digit_swaps(last)
        if len(eqs) > 1:
            opts += [eqs[-1][0]] * 2
        if not plan["product"]:
            opts.append(plan["start"])
        opts += _digit_nudges(last)[:3]
        opts = [x for x in opts if x != last and x >= 0]
        if not opts:
            return None
        return list(eqs), rng.choice(opts[:8])
    for cand in error_candidates(rng, plan, eqs, kind, pos)[:40]:
        w = continue_chain(eqs, pos, cand)
        if w is not None:
            return w, w[-1][3]
    return None


# --------------------------------------------------------------------------------------
# rendering the problem
# --------------------------------------------------------------------------------------
def _shorten(plural):
    return plural.split(" of ")[0] if " of " in plural else plural.split()[-1]


def o_phrase(ctx, op, kind, num, n, own_poss=True):
    rng = ctx.rng
    dozen = n == 12 and rng.random() < 0.5
    if op == "+":
        if kind == "S":
            opts = (["a dozen more {items}", "another dozen", "a dozen {items}", "a dozen more"] if dozen else
                    ["{n} more {items}", "{n} more", "another {n}", "another {n} {items}", "{n} {items}",
                     "{n} extra {items}", "{n} additional {items}", "{n} more of them"])
        else:
            opts = (["a dozen more {items}", "another dozen {items}"] if dozen else
                    ["{n} more {items}", "another {n} {items}", "{n} {items}", "{n} more", "{n} more {items}"])
    else:
        if kind == "S":
            opts = (["a dozen of them", "a dozen {items}", "a dozen"] if dozen else
                    ["{n} of them", "{n} {items}", "{n} of the {items}", "{n}", "{n} of them"] +
                    (["{n} of {poss} {items}"] if own_poss else []))
        else:
            opts = (["a dozen of them", "a dozen of the {items}"] if dozen else
                    ["{n} of them", "{n} of the {items}", "{n} {items}"] +
                    (["{n} of {poss} {items}"] if own_poss and ctx.mode == "own" else []))
    return rng.choice(opts).replace("{n}", num)


def _theme_verbs(ctx, lst):
    out = []
    for t in lst:
        if "@@" in t:
            t, kws = t.split("@@")
            if not any(k in ctx.items for k in kws.split(",")):
                continue
        out.append(t)
    return out


def _pick_tpl(ctx, op, n, each):
    rng, mode, th = ctx.rng, ctx.mode, ctx.theme
    if op in "*/":
        P = MODE_POOLS[mode]
        if each:
            return rng.choice(OWN_EACH)
        key = "mul" if op == "*" else "div"
        opts = [t for t in P[key] if "{nf}" not in t or n in _FOLD]
        if n == 2:
            opts = opts + P[key + "2"] * 2
        if n == 3:
            opts = opts + P[key + "3"] * 2
        return rng.choice(opts)
    r = rng.random()
    if mode == "own":
        if op == "+":
            if r < 0.5:
                return rng.choice(OWN_ADD)
            if r < 0.75 and _theme_verbs(ctx, th["add"]):
                return rng.choice(_theme_verbs(ctx, th["add"]))
            if r < 0.92 or th["key"] == "fishing":
                return rng.choice(AGENT_ADD)
            return rng.choice(ITEM_ADD)
        if r < 0.45:
            return rng.choice(OWN_SUB + (OWN_SUB_FOOD if ctx.food else []))
        if r < 0.7 and _theme_verbs(ctx, th["sub"]):
            return rng.choice(_theme_verbs(ctx, th["sub"]))
        if r < 0.9:
            return rng.choice(AGENT_SUB)
        return rng.choice(ITEM_SUB + (ITEM_SUB_FOOD if ctx.food else []))
    if mode == "crowd":
        if op == "+":
            xs = (CROWD_ADD_X_VEH + ["{O} [=board/boarded]", "{O} [=come/came] aboard"]) if ctx.veh else CROWD_ADD_X
            return rng.choice(xs) if r < 0.6 else rng.choice(CROWD_ADD_S)
        xs = (CROWD_SUB_X_VEH + ["{O} [=leave/left]", "{O} [=head/headed] off at {P}"]) if ctx.veh else CROWD_SUB_X
        return rng.choice(xs) if r < 0.6 else rng.choice(CROWD_SUB_S)
    if mode == "group":
        if op == "+":
            return rng.choice(GROUP_ADD_X) if r < 0.6 else rng.choice(GROUP_ADD_S)
        return rng.choice(GROUP_SUB_X) if r < 0.65 else rng.choice(GROUP_SUB_S)
    if mode == "pond":
        if op == "+":
            return rng.choice(POND_ADD_X) if r < 0.8 else rng.choice(POND_ADD_S)
        return rng.choice(POND_SUB_X)
    return rng.choice(TALLY_ADD if op == "+" else TALLY_SUB)


def _choice_nopos(rng, lst, person):
    lst = [x for x in lst if person or "{poss}" not in x]
    return rng.choice(lst)


def make_clause(ctx, op, n, each):
    rng, th = ctx.rng, ctx.theme
    for _ in range(12):
        tpl = _pick_tpl(ctx, op, n, each)
        if "{refl}" in tpl and ctx.subj["kind"] != "person":
            continue
        if tpl not in ctx.used_tpls:
            break
    ctx.used_tpls.add(tpl)
    person = ctx.subj["kind"] == "person"
    d = {}
    d["R"] = _choice_nopos(rng, th.get("recips", []) + GEN_RECIP, person)
    if op == "+":
        d["A"] = _choice_nopos(rng, th.get("add_agents", []) + GEN_ADD_AGENTS, person)
    else:
        d["A"] = _choice_nopos(rng, th.get("sub_agents", []) + GEN_SUB_AGENTS, person)
    places = th.get("places", [])
    d["P"] = rng.choice(places + (GEN_PLACES_P if ctx.mode == "own" or not places else []))
    d["stock"] = "tally" if ctx.mode == "tally" else rng.choice(STOCK_NOUNS)
    g = rng.choice(th.get("shares", []) + GEN_SHARES)
    pl = rng.choice(th.get("piles", []) + GEN_PILES)
    d["groups"], d["group"] = g[1], g[0]
    d["piles"], d["pile"] = pl[1], pl[0]
    d["nf"] = _FOLD.get(n, "")
    kind = "S" if tpl.startswith("{S} ") else "X"
    body = tpl[4:] if kind == "S" else tpl
    return dict(op=op, n=n, kind=kind, body=body, d=d, each=each)


def clause_text(ctx, cl, first_person=False, tense=None, num=None, opos=None):
    """fill a clause body for the problem (num = problem's rendering of n)."""
    d = ctx.pdict(first_person)
    d.update(cl["d"])
    num = num if num is not None else ctx.say(cl["n"])
    if cl["op"] in "+-":
        d["O"] = opos if opos is not None else o_phrase(ctx, cl["op"], cl["kind"], num, cl["n"])
    d["n"] = num
    if "{S}" in cl["body"]:
        d["S"] = ctx.subj["fp"][0] if first_person else ctx.ref()
    txt = fill(cl["body"], d)
    return ctx.res(txt, tense=tense, first_person=first_person)


def _lead(ctx, long_ok=True):
    """a time or sequence phrase that never runs the clock backwards and is not repeated."""
    rng = ctx.rng
    for _ in range(6):
        if long_ok and rng.random() < 0.3:
            opts = [(st, t) for st, t in GEN_LONG_LEADS if st is None or st >= ctx.stage]
            st, t = rng.choice(opts)
            out = ctx.res(t)
        elif rng.random() < 0.45 or ctx.stage >= 4:
            st, out = None, rng.choice(NEUTRAL_LEADS)
        else:
            st = min(4, ctx.stage + rng.choice([0, 0, 1, 1, 2]))
            out = rng.choice(STAGE_LEADS[st])
        if out not in ctx.used_leads:
            break
    ctx.used_leads.add(out)
    if st is not None:
        ctx.stage = max(ctx.stage, st)
    return out


START_OWN = ["{Sf} [have/had] {N} {items} {loc}", "{Sf} [start/started] the day with {N} {items} {loc}",
             "{Sf} [set/set] out {N} {items} {loc}", "{Sf} [arrive/arrived] at {P} with {N} {items}",
             "{Sf} [have/had] {N} {items} on hand", "{Sf} [begin/began] the morning with {N} {items}",
             "There [=be/were] {N} {items} {loc} when {Sn} [open/opened] up", "{Sf} [count/counted] {N} {items} {loc} first thing",
             "{Sf} [bring/brought] {N} {items} to {P}", "At the start, {Sf} [have/had] {N} {items}",
             "{N} {items} [=sit/sat] {loc}, all of them belonging to {Sn}", "{Sf} [keep/kept] {N} {items} {loc}"]
START_OWN_PROD = ["{Sf} [have/had] {A} {cont} with {B} {items} in each", "{Sf} [bring/brought] {A} {cont}, each holding {B} {items}",
                  "{Sf} [load/loaded] {A} {cont} with {B} {items} apiece", "{Sf} [pack/packed] {B} {items} into each of {A} {cont}",
                  "{Sf} [start/started] out with {A} {cont}, and each [-hold/held] {B} {items}",
                  "There [=be/were] {A} {cont} {loc}, each with {B} {items}, when {Sn} [arrive/arrived]",
                  "{Sf} [set/set] out {A} {cont} holding {B} {items} each"]
START_CROWD = ["{Sf} [leave/left] {P} with {N} {items} aboard", "{Sf} [pull/pulled] away from {P} carrying {N} {items}",
               "{N} {items} [=be/were] aboard {Sn} when it [-leave/left] {P}", "{Sf} [set/set] out from {P} with {N} {items} {where}"]
START_CROWD_PROD = ["{Sf} [take/took] on {A} {cont} with {B} {items} in each at {P}",
                    "{A} {cont}, each carrying {B} {items}, [=fill/filled] {Sn} at {P}"]
START_GROUP = ["{Sf} [set/set] out from {P} with {N} {items}", "{Sf} [lead/led] {N} {items} up the trail from {P}",
               "{N} {items} [=gather/gathered] at {P} to walk with {Sn}"]
START_GROUP_PROD = ["{A} {cont} with {B} {items} in each [=meet/met] {Sn} at {P}",
                    "{Sf} [greet/greeted] {A} {cont} of {B} {items} each at {P}"]
START_POND = ["{Sf} [count/counted] {N} {items} on {Water} at dawn", "{Sf} [find/found] {N} {items} resting on {Water}",
              "{N} {items} [=be/were] on {Water} when {Sn} [set/set] up {poss} scope"]
START_POND_PROD = ["{Sf} [spot/spotted] {A} {cont} on {Water}, each with {B} {items}",
                   "{A} {cont} of {items}, {B} birds apiece, [=sit/sat] on {Water} when {Sn} [arrive/arrived]"]
START_TALLY = ["{Sf} [start/started] the count with {N} {items}", "{Sf} [log/logged] {N} {items} in the first hour",
               "By sunrise, {Sf} [have/had] {N} {items} on {poss} tally sheet"]
START_TALLY_PROD = ["{Sf} [count/counted] {A} {cont} with {B} {items} in each"]
STARTS = dict(own=(START_OWN, START_OWN_PROD), crowd=(START_CROWD, START_CROWD_PROD),
              group=(START_GROUP, START_GROUP_PROD), pond=(START_POND, START_POND_PROD),
              tally=(START_TALLY, START_TALLY_PROD))

Q_OWN = ["How many {items} [do/did] {Sr} have {end}?", "How many {items} [do/did] {Sr} have left {end}?",
         "How many {items} [do/did] {Sr} end up with?", "How many {items} [=be/were] left {end}?",
         "How many {items} [=remain/remained] {end}?", "What [-be/was] {poss} final count of {items}?",
         "After all that, how many {items} [do/did] {Sr} still have?", "Work out how many {items} {Sr} [have/had] {end}.",
         "How many {items} [be/was] {Sr} left with?", "By the end, how many {items} [do/did] {Sr} have?",
         "How big [-be/was] {poss} {stock} of {items} {end}?", "What number of {items} [do/did] {Sr} finish with?",
         "How many {items} [do/did] {Sr} have on hand {end}?", "Find the number of {items} {Sr} [have/had] {end}.",
         "Can you figure out how many {items} {Sr} [have/had] at the end?", "So how many {items} [=be/were] still there {end}?"]
Q_EACH = ["How many {items} [do/did] each {group} get?", "How many {items} [=go/went] to each {group}?",
          "How many {items} [do/did] each of the {groups} receive?", "What [-be/was] each {group}'s share?"]
Q_CROWD = ["How many {items} [=be/were] {where} {end}?", "How many {items} [=be/were] still {where} {end}?",
           "What [-be/was] the final count of {items} {where}?", "How many {items} [do/did] {Sr} carry {end}?"]
Q_GROUP = ["How many {items} [=be/were] {where} {end}?", "How many {items} [=finish/finished] the outing with {Sr}?",
           "By the end, how many {items} [=be/were] {where}?", "How many {items} [do/did] {Sr} have along {end}?"]
Q_POND = ["How many {items} [=be/were] {where} {end}?", "How many {items} [=be/were] left {where}?",
          "What [-be/was] the final number of {items} {where}?", "How many {items} [do/did] {Sr} have in view {end}?"]
Q_TALLY = ["What [-be/was] {poss} final tally of {items}?", "How many {items} [do/did] {Sr} report {end}?",
           "How many {items} [do/did] {Sr} end up with on the sheet?", "What number [do/did] {Sr} turn in for {items}?",
           "How many {items} [=be/were] on {poss} tally {end}?"]
QUESTIONS = dict(own=Q_OWN, crowd=Q_CROWD, group=Q_GROUP, pond=Q_POND, tally=Q_TALLY)


def _clean(s):
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r",\s*([.?;:])", r"\1", s)
    s = re.sub(r",\s*,", ",", s)
    s = re.sub(r"\s+([,.?;:])", r"\1", s)
    return s


def _sentence(ctx, body, end="."):
    body = _clean(body)
    if body[:1].isdigit():
        body = _lead(ctx, long_ok=False) + ", " + body
    body = cap(body)
    if not body.endswith((".", "?", '"')):
        body += end
    return body


def render_problem(ctx, plan, decor=1.0):
    rng, th, mode = ctx.rng, ctx.theme, ctx.mode
    ctx.mentioned = False
    ctx.stage = 0
    ctx.used_tpls = set()
    ctx.used_leads = set()
    d = ctx.pdict()
    sents = []
    # opening scene
    scene_first = rng.random() < 0.25 * decor
    if scene_first:
        sents.append(_sentence(ctx, ctx.res(rng.choice(th["scene"] + GEN_SCENE[:6]))))
    # start
    forms = STARTS[mode][1 if plan["product"] else 0]
    if ctx.subj["kind"] in ("org", "thing"):
        forms = [f for f in forms if "[arrive/" not in f] or forms
    form = rng.choice(forms)
    sd = dict(d)
    sf = ctx.full()
    sd["Sf"] = sf
    sd["Sn"] = ctx.subj.get("name", ctx.subj["fulls"][0]) if "{Sf}" not in form else sf
    sd["Sn"] = fill(sd["Sn"], d)
    sd["loc"] = rng.choice(th.get("locs", ["on hand"]))
    sd["P"] = rng.choice(th.get("places", GEN_PLACES_P))
    lead_num = form.startswith(("{N}", "{A}"))
    if plan["product"]:
        cont = rng.choice(ctx.conts)
        sd["cont"] = cont[1]
        sd["A"] = ctx.say(plan["A"])
        sd["B"] = ctx.say(plan["B"])
        ctx.container = cont
        first_n = plan["A"]
    else:
        sd["N"] = ctx.say(plan["start"])
        ctx.container = None
        first_n = plan["start"]
    if lead_num and num_word(first_n) and rng.random() < 0.6:
        sd["A" if plan["product"] else "N"] = num_word(first_n)
    start_txt = ctx.res(fill(form, sd))
    if start_txt[:1].isdigit() or (form.startswith("{Sf}") and rng.random() < 0.2 * decor):
        start_txt = rng.choice(START_LEADS) + ", " + start_txt
    # changes
    changes = plan["changes"]
    clauses = [make_clause(ctx, op, n, plan.get("each") and i == len(changes) - 1) for i, (op, n) in enumerate(changes)]
    ctx.clauses = clauses
    i = 0
    merged_start = False
    if rng.random() < 0.2 and clauses:
        # "X had 240 jars on the tailgate, but by noon she had sold 35."
        c = clauses[0]
        conj_w = ", but " if c["op"] in "-/" else ", and "
        lead = (_lead(ctx, long_ok=False).lower() + " ") if rng.random() < 0.5 else ""
        sub = (ctx.ref(allow_pron=True) + " " + clause_text(ctx, c)) if c["kind"] == "S" else clause_text(ctx, c)
        if lead:
            lead = lead.rstrip() + " "
        sents.append(_sentence(ctx, start_txt + conj_w + lead + sub))
        i = 1
        merged_start = True
        ctx.stage = max(ctx.stage, 1)
    if not merged_start:
        sents.append(_sentence(ctx, start_txt))
    start_idx = len(sents) - 1
    event_sent_idx = []
    while i < len(clauses):
        left = len(clauses) - i
        r = rng.random()
        size = 1
        if left >= 2 and r < 0.38:
            size = 2
        if left >= 3 and r < 0.06:
            size = 3
        grp = clauses[i:i + size]
        i += size
        event_sent_idx.append(len(sents))
        sents.append(_render_group(ctx, grp, decor))
        ctx.stage = max(ctx.stage, 1)
    # quotes and asides
    if rng.random() < 0.32 * decor and len(sents) < 7:
        pos = rng.randint(start_idx + 1, len(sents))
        sents.insert(pos, _quote(ctx))
        if ctx.last_quote_bystander and pos + 1 < len(sents) and ctx.subj["S2"] in ("she", "he"):
            # a pronoun right after a bystander's quote would point at the bystander
            nxt = sents[pos + 1]
            nxt = re.sub(r"\b%s\b" % ctx.subj["S2"], ctx.subj["short"], nxt, count=1)
            nxt = re.sub(r"^%s\b" % cap(ctx.subj["S2"]), ctx.subj["short"], nxt, count=1)
            sents[pos + 1] = nxt
    if not scene_first and rng.random() < 0.25 * decor and len(sents) < 7:
        pos = rng.randint(start_idx + 1, len(sents))
        sents.insert(pos, _sentence(ctx, ctx.res(rng.choice(th["scene"] + GEN_SCENE))))
    # question
    sents.append(_question(ctx, plan))
    return " ".join(sents)


def _render_group(ctx, grp, decor):
    rng = ctx.rng
    # first-person quote carrying the change
    c0 = grp[0]
    if (len(grp) == 1 and c0["kind"] == "S" and ctx.subj["kind"] in ("person", "group")
            and rng.random() < 0.12 and c0["op"] in "+-"):
        vp = clause_text(ctx, c0, first_person=True, tense="past")
        who = ctx.subj["fp"][0]
        if ctx.subj["kind"] == "person":
            spk = ctx.subj["short"] if rng.random() < 0.7 else ctx.subj["S2"]
            vb = ctx.res("[say/said]")
        else:
            spk = rng.choice(FEMALE + MALE) + " " + rng.choice(SURNAMES) + " of " + ctx.subj["short"]
            vb = resolve("[-say/said]", ctx.tense, False)
        ctx.mentioned = True
        tail = rng.choice([" this morning", " before lunch", " earlier", "", " already"])
        q = '"' + cap(who + " " + vp + tail) + ',"'
        if rng.random() < 0.5:
            return _clean(q + " " + spk + " " + vb + ".")
        return _clean(q + " " + vb + " " + spk + ".")
    if len(grp) == 1:
        body = (ctx.ref() + " " + clause_text(ctx, c0)) if c0["kind"] == "S" else clause_text(ctx, c0)
        if rng.random() < 0.45 * decor or body[:1].isdigit():
            body = _lead(ctx) + ", " + body
        elif rng.random() < 0.15 * decor:
            body = body + " " + rng.choice(["a little later", "soon afterward", "shortly after that", "not long after",
                                            "later on", "a bit later"])
        return _sentence(ctx, body)
    if all(c["kind"] == "S" for c in grp) and rng.random() < 0.65:
        vps = [clause_text(ctx, c) for c in grp]
        subj = ctx.ref()
        if len(grp) == 2:
            f = rng.random()
            if f < 0.25 and to_gerund(grp[0]["body"]):
                ger = clause_text(ctx, dict(grp[0], body=to_gerund(grp[0]["body"])))
                return _sentence(ctx, "after " + ger + ", " + ctx.ref() + " " + vps[1])
            j = rng.choice([", then ", " and then ", " and later ", ", and after that ", " and "])
            return _sentence(ctx, subj + " " + vps[0] + j + vps[1])
        return _sentence(ctx, subj + " " + vps[0] + ", " + vps[1] + rng.choice([", and then ", ", and finally "]) + vps[2])
    parts = []
    for c in grp:
        parts.append((ctx.ref() + " " + clause_text(ctx, c)) if c["kind"] == "S" else clause_text(ctx, c))
    if len(parts) == 2:
        j = rng.choice([", and then ", "; after that, ", ", and soon after ", "; later, ", ", and a bit later "])
        return _sentence(ctx, parts[0] + j + parts[1])
    return _sentence(ctx, parts[0] + ", " + parts[1] + rng.choice([", and then ", ", and finally "]) + parts[2])


def _quote(ctx):
    rng, th = ctx.rng, ctx.theme
    q = rng.choice(th.get("quotes", []) + GEN_QUOTES)
    ctx.last_quote_bystander = True
    if ctx.subj["kind"] == "person" and rng.random() < 0.55:
        ctx.last_quote_bystander = False
        spk = ctx.subj["short"]
        vb = ctx.res("[ask/asked]" if q.endswith("?") else "[say/said]")
    else:
        role = ctx.res(fill(rng.choice(BYSTANDER_ROLES), dict(ctx.base)))
        spk = rng.choice(FEMALE + MALE) + " " + rng.choice(SURNAMES) + ", " + role + ","
        vb = resolve("[-ask/asked]" if q.endswith("?") else "[-say/said]", ctx.tense, False)
    qq = '"' + (q if q.endswith("?") else q[:-1] + ",") + '"'
    if rng.random() < 0.6:
        return _clean(qq + " " + vb + " " + spk + ".")
    return _clean(qq + " " + spk + " " + vb + ".")


def _question(ctx, plan):
    rng, th = ctx.rng, ctx.theme
    d = ctx.pdict()
    d["stock"] = rng.choice(["stock", "supply", "pile", "collection"])
    if plan.get("each"):
        cl = ctx.clauses[-1]
        d["group"], d["groups"] = cl["d"]["group"], cl["d"]["groups"]
        tpl = rng.choice(Q_EACH)
    else:
        tpl = rng.choice(QUESTIONS[ctx.mode])
    if rng.random() < 0.7:
        d["Sr"], d["S"] = ctx.subj["short"], ctx.subj["S2"]
    else:
        d["Sr"], d["S"] = ctx.subj["S2"], ctx.subj["short"]
    d["end"] = rng.choice(th["end"]) if rng.random() < 0.75 else ""
    d["P"] = rng.choice(th.get("places", GEN_PLACES_P))
    s = ctx.res(fill(fill(tpl, d), d))
    s = _clean(s)
    return cap(s)


# --------------------------------------------------------------------------------------
# rendering the solution
# --------------------------------------------------------------------------------------
SYMS = {"ascii": {"+": "+", "-": "-", "*": "*", "/": "/"},
        "uni": {"+": "+", "-": "\u2212", "*": "\u00d7", "/": "\u00f7"},
        "mixA": {"+": "+", "-": "-", "*": "\u00d7", "/": "\u00f7"},
        "mixB": {"+": "+", "-": "-", "*": "\u00d7", "/": "/"}}

NUMFREE = {
    "+": dict(adv=["after the new ones [=come/came] in", "adding those", "with the additions", "counting the new arrivals",
                   "after that addition", "putting the extras in"],
              np=["adding them", "the addition", "counting the extras"]),
    "-": dict(adv=["after that", "taking those away", "removing them", "after that drop", "once those are gone"],
              np=["taking those away", "removing them", "the drop"]),
    "*": dict(adv=["after the increase", "scaling up", "multiplying it out", "after the jump"],
              np=["multiplying", "the increase", "scaling up"]),
    "/": dict(adv=["splitting them evenly", "after the split", "keeping one share", "sharing them out"],
              np=["splitting them up", "the even split", "keeping one share"]),
}


def _sx(ctx, initial=False, obj=False):
    s = ctx.subj
    if ctx.sol_mentioned and ctx.rng.random() < 0.4:
        t = s["obj"] if obj else s["S2"]
    else:
        t = s["short"]
    ctx.sol_mentioned = True
    return cap(t) if initial else t


def _sres(ctx, text):
    return resolve(text, ctx.sol_tense, ctx.subj["plural"])


def _itm(ctx):
    r = ctx.rng.random()
    if r < 0.35:
        return " " + ctx.items
    if r < 0.6:
        return " " + _shorten(ctx.items)
    return ""


def recaps(ctx, cl, b, show_num):
    """phrases that recall the change, before the equation.  Wording always follows the
    change the problem describes; numbers only when show_num."""
    rng = ctx.rng
    op = cl["op"]
    out = dict(adv=[], np=[], cl=[])
    if not show_num:
        nf = NUMFREE[op]
        out["adv"] = [_sres(ctx, rng.choice(nf["adv"]))]
        out["np"] = [rng.choice(nf["np"])]
        if op in "+-" and cl["kind"] == "S":
            ger = to_gerund(cl["body"])
            if ger and "{O}" in ger:
                pr = "those" if op == "-" else "them"
                ger = re.sub(r"^(\w+) (up|in|off|out|away|back|over|down|on|along|through) \{O\}", r"\1 {O} \2", ger)
                g = clause_text(ctx, dict(cl, body=ger), tense=ctx.sol_tense, opos=pr)
                out["adv"].append("after " + g)
        return out
    sb = str(b)
    if op in "+-":
        if cl["kind"] == "S":
            opos = rng.choice(["{b} more", "{b} more {items}", "another {b}"] if op == "+" else
                              ["{b}", "{b} of them", "{b} {items}"])
            opos = opos.replace("{b}", sb).replace("{items}", _shorten(ctx.items))
            ger = to_gerund(cl["body"])
            if ger:
                g = clause_text(ctx, dict(cl, body=ger), tense=ctx.sol_tense, opos=opos)
                out["adv"].append("after " + g)
                out["np"].append(g)
            c = clause_text(ctx, cl, tense=ctx.sol_tense, opos=opos)
            out["cl"].append(_sx(ctx) + " " + c)
        else:
            opos = rng.choice(["{b} more {items}", "another {b} {items}", "{b} {items}"] if op == "+" else
                              ["{b} of them", "{b} {items}", "{b} of the {items}"])
            opos = opos.replace("{b}", sb).replace("{items}", _shorten(ctx.items))
            c = clause_text(ctx, cl, tense=ctx.sol_tense, opos=opos)
            out["cl"].append(c)
            out["adv"].append(rng.choice(["after ", "once ", "when "]) + c)
        return out
    if cl.get("each"):
        out["adv"] = ["sharing among the " + sb + " " + cl["d"]["groups"], "dividing by " + sb]
        out["np"] = ["dividing by " + sb]
        return out
    if op == "*":
        if b == 2:
            out["adv"], out["np"] = ["doubling", "with twice as many"], ["doubling"]
        elif b == 3:
            out["adv"], out["np"] = ["tripling", "with three times as many"], ["tripling"]
        else:
            out["adv"] = ["multiplying by " + sb, "with " + sb + " times as many", "scaling up by a factor of " + sb]
            out["np"] = ["multiplying by " + sb, "a factor of " + sb]
    else:
        if b == 2:
            out["adv"], out["np"] = ["halving", "taking half"], ["halving", "taking half"]
        elif b == 3:
            out["adv"], out["np"] = ["taking a third", "keeping a third"], ["taking a third"]
        else:
            out["adv"] = ["splitting " + sb + " ways", "dividing by " + sb, "sharing among " + sb]
            out["np"] = ["splitting " + sb + " ways", "dividing by " + sb]
    return out


def _imperative(top, b, quiet):
    if quiet:
        return {"+": ["Add the new ones", "Add them on", "Add"], "-": ["Take those away", "Subtract them", "Subtract"],
                "*": ["Multiply", "Scale up"], "/": ["Divide evenly", "Split it up"]}[top]
    sb = str(b)
    return {"+": ["Add the " + sb, "Add " + sb, "Add on " + sb], "-": ["Subtract the " + sb, "Take away " + sb,
                                                                       "Take off the " + sb],
            "*": ["Multiply by " + sb], "/": ["Divide by " + sb, "Split into " + sb + " equal shares"]}[top]


def render_step(ctx, idx, w, true_eq, cl, quiet):
    rng = ctx.rng
    a, op, b, c = w
    sy = ctx.syms
    E = "%d %s %d = %d" % (a, sy[op], b, c)
    top = true_eq[1]
    I = _itm(ctx)
    where = ctx.pdict()["where"]
    T = []
    if cl is None:  # product start
        cont = ctx.container or ("group", "groups")
        T += ["Start with the %s: {E}{I}." % cont[1], "At the start there [=be/were] {E}{I}.",
              "First find the starting total: {E}.", "{X} [start/started] with {E}{I}.",
              "The %s [=hold/held] {E}{I} altogether." % cont[1],
              "Multiply the %s by the number in each: {E}." % cont[1], "{E}{I} to begin with.",
              "Starting amount: {E}.", "Begin with the %s, %s: {E}." % (cont[1], rng.choice(["which gives", "so"]))]
        if not quiet:
            T += ["%d %s of %d each makes {E}{I}." % (a, cont[1], b),
                  "There [=be/were] %d %s with %d in each, so {E}{I}." % (a, cont[1], b)]
    else:
        rc = recaps(ctx, cl, b, not quiet)
        plus = top in "+*"
        for adv in rc["adv"]:
            A = cap(adv)
            if ctx.mode in ("own", "tally", "group"):
                T.append(A + ", {X} [have/had] {E}{I}.")
            if ctx.mode in ("crowd", "pond", "group") and where:
                T.append(A + ", there [=be/were] {E}{I} " + where + ".")
            T += [A + ": {E}.", A + ", the count [-be/was] {E}.", A + ", we get {E}.",
                  A + (", that [-make/made] {E}." if plus else ", that [-leave/left] {E}.")]
            if ctx.mode == "own":
                T.append(A + (", {X} [be/was] up to {E}{I}." if plus else ", {X} [be/was] down to {E}{I}."))
        for np_ in rc["np"]:
            N = cap(np_)
            T += ([N + " [-bring/brought] the total to {E}.", N + " [-make/made] it {E}."] if plus else
                  [N + " [-leave/left] {E}.", N + " [-leave/left] {XO} with {E}{I}."])
            T.append(N + " [-give/gave] {E}.")
        for cl_ in rc["cl"]:
            C = cap(cl_)
            T += [C + ", so {E}.", C + ": {E}.", "Since " + cl_ + ", {E}.",
                  C + (", which [-make/made] {E}{I}." if plus else ", which [-leave/left] {E}{I}.")]
        T += ["{E}.", "Then {E}.", "Next, {E}.", "Now {E}.", "{E}{I}.", "So {E}{I}.", "That gives {E}.",
              "The new total is {E}.", "{E}{I} after that.", "Working it out: {E}.", "Next step: {E}.",
              "{E}, and that is the new count."]
        for im in _imperative(top, b, quiet):
            T += [im + ": {E}.", im + ", giving {E}.", im + " to get {E}."]
        if not quiet and idx > 0:
            T.append("Working from %d: {E}." % a)
        if idx == 0:
            if not quiet:
                adv = cap(rng.choice(rc["adv"])) if rc["adv"] else "Then"
                T += ["Start with the %d{I}. %s: {E}." % (a, adv),
                      "From the starting %d{I}: {E}." % a,
                      "{X} [start/started] with %d; %s, {E}." % (a, rng.choice(rc["adv"]) if rc["adv"] else "then")]
            else:
                T += ["Start from what {X} [have/had] at the beginning: {E}.", "Begin with the starting amount: {E}."]
    t = rng.choice(T)
    d = {"E": E, "I": I, "X": "\x00X\x00", "XO": "\x00Y\x00"}
    t = fill(t, d)
    while "\x00Y\x00" in t:
        t = t.replace("\x00Y\x00", _sx(ctx, obj=True), 1)
    # subject references, capitalised when they begin the step
    while "\x00X\x00" in t:
        k = t.index("\x00X\x00")
        t = t.replace("\x00X\x00", _sx(ctx, initial=(k == 0)), 1)
    t = _sres(ctx, t)
    return _clean(t)


A_GEN = ["#### {N}", "The answer is {N}.", "Answer: {N}", "Final answer: {N}", "The final total is {N}.",
         "So the answer is {N}{I}.", "Result: {N}{I}.", "So, {N}{I}.", "All told, {N}{I}.", "{N}{I} at the finish.",
         "The answer: {N}{I}.", "That comes to {N}{I} in all.", "Final count: {N}{I}.", "{N}{I} is the final tally.",
         "#### {N}", "The answer is {N}{I}.", "In the end, {N}.", "{N}"]
A_OWN = ["So {X} [have/had] {N}{I} left.", "{X} [end/ended] up with {N}{I}.", "{X} [finish/finished] with {N}.",
         "Therefore {X} [have/had] {N}{I}.", "{X} [be/was] left with {N}{I}.", "In the end there [=be/were] {N}{I}.",
         "The count [-stand/stood] at {N}."]
A_WHERE = ["So there [=be/were] {N}{I} {W}.", "{N}{I} [=be/were] {W} at the end.", "That leaves {N}{I} {W}."]
A_EACH = ["Each {g} [-get/got] {N}{I}.", "That [-be/was] {N}{I} per {g}.", "Each share is {N}{I}."]
A_TALLY = ["{P} tally [-come/came] to {N}{I}.", "The tally [-stand/stood] at {N}{I}."]


def render_answer(ctx, plan, N):
    rng = ctx.rng
    T = list(A_GEN)
    if plan.get("each"):
        T += A_EACH * 3
    elif ctx.mode == "own":
        T += A_OWN * 2
    elif ctx.mode == "tally":
        T += A_TALLY * 2
    else:
        T += A_WHERE * 2
    t = rng.choice(T)
    g = ctx.clauses[-1]["d"]["group"] if plan.get("each") else ""
    I = _itm(ctx)
    if I and rng.random() < 0.15:
        I = " " + ctx.items
    t = fill(t, {"N": str(N), "I": I, "W": ctx.pdict()["where"], "g": g, "P": cap(ctx.subj["poss"]),
                 "X": "\x00X\x00"})
    while "\x00X\x00" in t:
        k = t.index("\x00X\x00")
        t = t.replace("\x00X\x00", _sx(ctx, initial=(k == 0)), 1)
    return _clean(_sres(ctx, t))


# --------------------------------------------------------------------------------------
# records
# --------------------------------------------------------------------------------------
KINDS = ["arithmetic", "operand", "operation", "answer"]


def _n_sentences(text):
    return len(re.findall(r'[.?!]"?(?=\s+["A-Z]|$)', text))


def make_record(rng, kind, rid):
    for attempt in range(300):
        theme = rng.choices(THEMES, weights=THEME_W)[0]
        plan = make_plan(rng, theme)
        if plan is None:
            continue
        plan["each"] = (theme["mode"] == "own" and plan["changes"][-1][0] == "/" and rng.random() < 0.35)
        eqs = true_chain(plan)
        m = len(eqs)
        pos = None
        poscat = None
        if kind in ("arithmetic", "operand", "operation"):
            cats, wts = ["first"], [1.0]
            if m >= 2:
                cats.append("last")
                wts.append(1.0)
            if m >= 3:
                cats.append("middle")
                wts.append(1.35)
            poscat = rng.choices(cats, weights=wts)[0]
            pos = 0 if poscat == "first" else (m - 1 if poscat == "last" else rng.randint(1, m - 2))
        elif kind == "answer":
            poscat = "answer"
        wr = build_written(rng, plan, eqs, kind, pos)
        if wr is None:
            continue
        written, stated = wr
        ctx = Ctx(rng, theme)
        if plan["product"] and not ctx.conts:
            continue
        problem = None
        for decor in (1.0, 0.6, 0.2, 0.0):
            p = render_problem(ctx, plan, decor)
            if len(p.split()) <= 90 and _n_sentences(p) <= 8:
                problem = p
                break
        if problem is None:
            continue
        ctx.syms = SYMS[rng.choices(list(SYMS), weights=[40, 20, 25, 15])[0]]
        ctx.sol_mentioned = False
        steps = []
        for i, w in enumerate(written):
            cl = None
            if plan["product"]:
                if i > 0:
                    cl = ctx.clauses[i - 1]
            else:
                cl = ctx.clauses[i]
            quiet = (i == pos and kind in ("operand", "operation"))
            steps.append(render_step(ctx, i, w, eqs[i], cl, quiet))
        steps.append(render_answer(ctx, plan, stated))
        if kind == "none":
            label = -1
        elif kind == "answer":
            label = m
        else:
            label = pos
        rec = {"id": rid, "problem": problem, "steps": steps, "label": label,
               "final_answer_correct": stated == eqs[-1][3], "error_kind": kind}
        meta = {"theme": theme["key"], "mode": theme["mode"], "product": plan["product"], "A": plan["A"],
                "B": plan["B"], "start": plan["start"], "changes": plan["changes"], "each": plan["each"],
                "poscat": poscat, "written": written, "stated": stated}
        return rec, meta
    raise RuntimeError("could not build a record")


def _schedule(rng, count):
    n_ok = round(count * 0.45)
    rest = count - n_ok
    kinds = ["none"] * n_ok
    for j in range(rest):
        kinds.append(KINDS[j % 4])
    rng.shuffle(kinds)
    return kinds


def _generate_with_meta(seed, count):
    rng = random.Random(seed)
    out = []
    for i, kind in enumerate(_schedule(rng, count)):
        out.append(make_record(rng, kind, "gm-%d-%05d" % (seed, i)))
    return out


def generate(seed: int, count: int) -> list:
    return [r for r, _ in _generate_with_meta(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
