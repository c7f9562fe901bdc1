#!/usr/bin/env python3
"""Tiny-arith PRM data generator (gen-aj).

Register: teenagers' and parents' text messages and social posts (emoji, hashtags,
ALL-CAPS excitement, "lol", "ngl", stretched words, a parent's run-on message, a
pasted group-chat thread).  Solutions read like a sibling's or friend's reply.

generate(seed, count) -> list of records
  {"id", "problem", "steps", "label", "final_answer_correct", "error_kind"}

_generate_full(seed, count) additionally returns the internal representation
(start / factors / changes / rendered number tokens / injected error) that
check.py uses to re-derive every label independently.
"""
import json
import os
import random
import re

# =====================================================================
# vocabulary (typed by hand for this generator)
# =====================================================================

NAMES = list(dict.fromkeys("""
Mia Jayden Zoe Liam Aaliyah Kai Nevaeh Mateo Priya Dev Harper Luca Imani Theo Sofia
Ezra Amara Ronan Layla Milo Isla Dante Keisha Rowan Yuki Oliver Nia Jasper Leila Tobias
Ayesha Finn Camila Omar Bea Rafael Tessa Malik Freya Santiago Ivy Arjun Clementine Xavier
Willa Hamza Paloma Jude Anika Declan Esme Kofi Rosalind Bodhi Marisol Cyrus Delphine Emeka
Greta Hiro Ines Joaquin Kenji Lucia Magnus Noor Otis Pilar Quinn Remy Saoirse Tariq Uma
Vivian Wren Yara Zane Adaeze Bryn Cosmo Dalia Elio Fatima Gus Hazel Idris Juno Kira Lev
Mabel Nico Opal Pax Rhea Silas Tova Ulises Vera Wyatt Ximena Yosef Zuri Aiden Brielle Cruz
Daisy Emerson Fern Gianni Hallie Ignacio Jolene Kellan Lorelei Maddox Nadia Orion Penny
Rocco Sage Thea Vince Winnie Zara Abel Blair Callum Dewi Eloise Farah Gideon Hattie Ira
Jada Kwame Lina Mina Nash Olive Priscilla Reza Selin Tomas Ursula Valentina Wesley Xiomara
Yusuf Zelda Ansel Bianca Cormac Dina Enzo Faye Grayson Hana Isaac Joy Kiara Leon Marlowe
Nell Oscar Petra Rory Sunny Talia Vaughn Winona Yasmin Zeke Ada Bastian Cleo Darius Edie
Felix Gemma Hector Iris Jonah Kaia Lars Maeve Nolan Ophelia Perry Rosie Soren Tilly Vivi
Walt Yvette Zion Amaya Boone Coco Dash Elodie Frankie Goldie Huck Ingrid Jett Koa Lulu
Mack Nova Ozzy Pia Ruby Shay Teddy Ayo Bex Chidi Dani Eshe Fitz Gwen Hank Izzy Jules Kit
Lottie Mo Nate Pip Ren Skye Tate Veda Wynn Aziz Bram Caro Dilan Effie Flynn Gio Halle
Ishaan Jazz Kenzie Lux Mei Nour Ozan Paz Reggie Suki Tobi
""".split()))

# gendered pronoun per name is chosen at random (she / he / they)

STUFF = list(dict.fromkeys([
    "stickers", "hair clips", "scrunchies", "gel pens", "trading cards", "friendship bracelets",
    "keychains", "plushies", "lip glosses", "nail polishes", "phone charms", "beads",
    "enamel pins", "rubber ducks", "crystals", "vinyl records", "comic books", "manga volumes",
    "minifigs", "hoodies", "water bottles", "slime jars", "bath bombs", "candles",
    "guitar picks", "skateboard wheels", "golf balls", "tennis balls", "marbles",
    "baseball cards", "polaroids", "posters", "postcards", "fidget spinners", "pop-its",
    "erasers", "highlighters", "notebooks", "hair ties", "bobby pins", "earrings", "rings",
    "bracelets", "beanies", "bucket hats", "tote bags", "lanyards", "pokemon cards",
    "funko pops", "lego sets", "jigsaw puzzles", "board games", "video games",
    "photocards", "glow sticks", "balloons", "paper cranes", "origami stars", "seashells",
    "pebbles", "pinecones", "feathers", "bottle caps", "soda tabs", "paperclips",
    "rubber bands", "crayons", "markers", "colored pencils", "paintbrushes", "canvases",
    "sketchbooks", "crochet plushies", "keycaps", "dice", "chess pieces", "toy cars",
    "action figures", "stuffed animals", "throw pillows", "mugs", "tumblers", "bookmarks",
    "library books", "paperbacks", "zines", "stamps", "arcade tokens", "arcade tickets",
    "raffle tickets", "baseballs", "soccer balls", "frisbees", "jump ropes", "yo-yos",
    "kites", "hair bows", "headbands", "claw clips", "barrettes", "lip balms", "sheet masks",
    "perfume samples", "press-on nails", "charging cables", "phone grips", "washi tapes",
    "envelopes", "greeting cards", "valentines", "party hats", "party favors",
    "goodie bags", "glitter pens", "fineliners", "mechanical pencils", "pencils", "pens",
    "rulers", "binders", "folders", "index cards", "flashcards", "jerseys", "snapbacks",
    "tank tops", "graphic tees", "succulents", "seed packets", "sunflowers", "tulips",
    "key rings", "fairy wings", "snow globes", "magnets", "shot glasses", "coasters",
    "tarot cards", "poker chips", "hand warmers", "phone cases", "sunglasses",
    "water balloons", "squirt guns", "sidewalk chalks", "bubble wands", "pool noodles",
]))

FOOD = list(dict.fromkeys([
    "cookies", "cupcakes", "donuts", "gummy worms", "chicken nuggets", "tacos",
    "mozzarella sticks", "juice boxes", "popsicles", "granola bars", "cheese sticks",
    "dumplings", "pizza rolls", "bagels", "muffins", "clementines", "apples", "strawberries",
    "pretzels", "marshmallows", "brownies", "macarons", "eggs", "tortillas", "pancakes",
    "waffles", "ramen packs", "cake pops", "lollipops", "candy bars", "chocolate bars",
    "jolly ranchers", "sour gummies", "gumballs", "jelly beans", "fruit snacks",
    "rice krispie treats", "cinnamon rolls", "croissants", "pizza slices", "wings",
    "meatballs", "sushi rolls", "spring rolls", "empanadas", "samosas", "pierogies",
    "churros", "cannolis", "mochi", "oranges", "bananas", "peaches", "plums", "cherries",
    "tangerines", "kiwis", "mangoes", "avocados", "potatoes", "baby carrots",
    "cherry tomatoes", "hot dogs", "sliders", "sandwiches", "bread rolls", "biscuits",
    "scones", "mini pies", "cheesecake bites", "protein bars", "soda cans", "energy drinks",
    "lemonade bottles", "smoothies", "capri suns", "yogurt cups", "pudding cups",
    "applesauce pouches", "crackers", "oreos", "chip bags", "popcorn bags", "tamales",
    "quesadillas", "corn dogs", "pickles", "onigiri", "bao buns", "pastelitos",
    "madeleines", "snickerdoodles", "whoopie pies", "brigadeiros", "gulab jamuns",
    "fortune cookies", "rice cakes", "hard-boiled eggs", "mini muffins",
]))

CONTAINERS = [
    ("pack", "packs"), ("box", "boxes"), ("bag", "bags"), ("jar", "jars"), ("tin", "tins"),
    ("crate", "crates"), ("case", "cases"), ("tray", "trays"), ("sleeve", "sleeves"),
    ("bundle", "bundles"), ("carton", "cartons"), ("tub", "tubs"), ("bin", "bins"),
    ("basket", "baskets"), ("pouch", "pouches"), ("bucket", "buckets"), ("stack", "stacks"),
    ("package", "packages"), ("envelope", "envelopes"), ("shoebox", "shoeboxes"),
    ("cooler", "coolers"), ("container", "containers"), ("mystery box", "mystery boxes"),
    ("gift bag", "gift bags"), ("variety pack", "variety packs"), ("party bag", "party bags"),
    ("lunchbox", "lunchboxes"), ("drawer", "drawers"), ("shelf", "shelves"), ("row", "rows"),
]

PLACES = ["backpack", "locker", "room", "desk drawer", "closet", "car", "pencil case",
          "tote", "nightstand", "under-bed bin", "gym bag", "junk drawer", "shoebox"]
FOOD_PLACES = ["pantry", "fridge", "freezer", "lunchbox", "snack drawer", "cooler",
               "kitchen", "secret snack stash"]
STORES = ["target", "the mall", "walmart", "the dollar store", "the thrift store",
          "the school store", "the farmers market", "costco", "the corner store", "the con",
          "the flea market", "the bookstore", "the craft store", "trader joe's", "the gas station"]
EVENTS = ["the fair", "the carnival", "practice", "the arcade", "the school fair",
          "the tournament", "the game", "the bake sale", "the party", "the sleepover",
          "youth group", "the swap meet", "the pep rally", "band camp", "the field trip",
          "the block party", "the talent show", "drama club"]
CHARITIES = ["the food drive", "the animal shelter", "the kids' hospital", "the church rummage sale",
             "the school drive", "the library"]
PROJECTS = ["a school project", "my art journal", "the science fair", "a tiktok craft",
            "the mural", "a birthday gift"]
CHORES = ["babysitting", "walking dogs", "mowing lawns", "helping grandma", "doing dishes",
          "raking leaves", "tutoring"]
PETS = ["the dog", "our cat", "the puppy", "my dog", "the neighbor's dog", "our corgi"]
GROUPS = [("friend", "friends"), ("kid", "kids"), ("cousin", "cousins"),
          ("teammate", "teammates"), ("person", "people"), ("classmate", "classmates"),
          ("neighbor", "neighbors"), ("bestie", "besties"), ("player", "players"),
          ("camper", "campers"), ("bandmate", "bandmates")]

TEEN_OTHERS = ["mom", "dad", "my lil bro", "my sister", "grandma", "grandpa", "my cousin", "coach",
               "my bff", "the neighbor kid", "my stepdad", "my stepmom", "auntie", "my tutor",
               "my lab partner", "nana", "my big bro", "our babysitter"]
PARENT_OTHERS = ["your brother", "your sister", "Grandma", "Grandpa", "your stepbrother", "your godmother",
                 "the lady next door", "your cousin", "your aunt", "your uncle", "Nana", "Papa"]
THIRD_OTHERS_F = ["{p} mom", "{p} dad", "{p} little sister", "{p} best friend", "{p} coach",
                  "{p} grandma", "{p} roommate", "{p} older brother"]

EMOJI = ["😭", "😂", "🤣", "💀", "🙏", "✨", "🔥", "💅", "😤", "🥲", "😩", "🤔", "👀", "🙌",
         "🎉", "💖", "❤️", "🥹", "😎", "🤷", "😅", "🫠", "💯", "👏", "🤯", "😬", "🙃", "😍",
         "🤩", "😮‍💨", "🫶", "👍", "🍪", "🛍️", "📦", "🧃", "🎀", "🌈", "⭐", "🤑", "😏",
         "🙄", "🥳", "😋", "🤗", "🫡", "👑", "💪", "🐶", "🍕"]

HASHTAGS = ["#haul", "#blessed", "#smallbusiness", "#momlife", "#collectorproblems", "#mathhelp",
            "#helpme", "#nofilter", "#weekendvibes", "#thriftflip", "#bakingday", "#booktok",
            "#cardcollector", "#stickeraddict", "#dadjokes", "#familychat", "#teenlife",
            "#schoolvibes", "#snackgoals", "#craftytok", "#bestiesforever", "#sundayreset",
            "#hauls", "#storytime", "#mathisnotmathing", "#unboxing", "#collection", "#sidehustle",
            "#partyprep", "#foodie", "#ootd", "#grwm", "#relatable", "#sendhelp", "#lifeupdate",
            "#girlmath", "#boymath", "#mathtok", "#fyp", "#smallwins"]

DISTRACTORS = [
    "it was sooo hot today", "the bus was late AGAIN", "ngl i'm lowkey proud of myself",
    "anyway", "istg this week is never ending", "mom made tacos for dinner btw",
    "{Y} is being so dramatic rn", "why is it raining AGAIN", "i still haven't done my hw lol",
    "the wifi keeps dying", "my phone is on like no battery", "ok that's the tea",
    "don't tell dad", "it was a whole vibe", "we watched a movie after", "bro i'm so tired",
    "literally the best day ever", "the line was SO long", "i spilled my drink everywhere",
    "this is not a drill", "pls don't judge", "it's a long story", "the cat is sitting on my homework",
    "omg the sunset tho", "i forgot my charger at school", "lowkey obsessed", "highkey stressed",
    "we got boba after", "my hair looked so good today", "the teacher didn't even notice",
    "fr fr", "no cap", "this is so random but whatever", "i'm literally screaming",
    "the vibes were immaculate", "{Y} says hi", "it's giving chaos", "my feet hurt sooo bad",
    "we're out of milk btw", "i need a nap", "be honest", "ok so listen",
]
PARENT_DISTRACTORS = [
    "The traffic was terrible", "Your father says hi", "Don't forget your dentist appointment",
    "It was pouring rain the whole time", "I could not find a parking spot anywhere",
    "The lady at the register was so nice", "Remember to take the chicken out of the freezer",
    "I think the car is making that noise again", "Your grandmother called this morning",
    "I ran into Mrs. {Y} at the store", "The dog needs a bath", "Did you finish your homework",
]
TEEN_PREFACES = ["omg help", "ok random math q", "sis i need help", "brooo", "HELP", "quick q",
                 "don't judge me", "ok so story time", "pls answer fast", "wait", "lol ok so",
                 "ok hear me out", "bestie", "yo", "emergency", "not me doing math on a saturday",
                 "my brain is not braining", "can someone check this"]
PARENT_OPENERS = {
    "mom": ["Hi honey it's Mom", "Hi sweetie", "Hi it's Mom again", "Good morning sweetheart",
            "Hi love", "Honey", "Hi baby, Mom here"],
    "dad": ["Hey bud, Dad here", "Hello kiddo it's your father", "Hey kiddo", "Hey champ it's Dad",
            "Morning kiddo", "Hey it's Dad"],
}
PARENT_CLOSERS = {
    "mom": ["Love, Mom", "Love you", "xoxo", "Thanks hun", "Love you lots", "Mom"],
    "dad": ["Dad", "Thanks bud", "Love ya", "Call me after practice", "- Dad"],
    "any": ["Don't forget to feed the dog", "See you at dinner", "Thank you sweetie"],
}
POST_HOOKS = ["HAUL UPDATE", "ok storytime", "day in my life as a collector", "life update",
              "POV: you can't count", "the saga continues", "weekend recap", "quick update",
              "not me doing inventory", "collection check", "dump post", "TODAY WAS CRAZY"]
CHAT_REACTS = ["lol", "ok", "omg", "nice", "bruh", "k", "yesss", "why", "wait what", "lmaooo",
               "W", "noooo", "ty", "🙏", "👍", "❤️", "😭", "💀", "sounds good", "fine"]

ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def num_words(n):
    if n < 20:
        return ONES[n]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + "-" + ONES[n % 10]


def say(rng, n, p=0.25, dozen=True):
    """How a number is typed in a problem: digits mostly, words sometimes."""
    if n == 12 and dozen and rng.random() < 0.3:
        return "a dozen"
    if 2 <= n <= 20 and rng.random() < p:
        return num_words(n)
    if n < 100 and n % 10 == 0 and rng.random() < p:
        return num_words(n)
    if 21 <= n <= 99 and rng.random() < p * 0.4:
        return num_words(n)
    return str(n)


def stretch(rng, word):
    """sooo, yesss, omggg"""
    if not word:
        return word
    return word + word[-1] * rng.randint(1, 3)


# =====================================================================
# event templates.  (template, hint, flags)
#   {SV:base|past} actor + verb   {V:base|past} verb agreeing with actor
#   {XV:base|past} other actor + verb   {PLV:..}/{SGV:..} plural/singular thing verb
#   {PV:..} pool + verb    {n} amount   {k} factor / share count
# flags: f = food only, s = stuff only, k2/k3/k4 = word-implied factor, k = {k},
#        e = "each gets" division (only as the last change), x = uses {X}
# hints are past-tense clauses in the helper's voice ({A} = actor, {X} = other)
# =====================================================================

ADD_T = [
    ("{SV:buy|bought} {n} more", "{A} bought more", ""),
    ("{SV:get|got} {n} more {items}", "{A} got more", ""),
    ("{SV:find|found} {n} {items} under the couch", "{A} found some", ""),
    ("{SV:pick up|picked up} {n} more at {store}", "{A} picked up more", ""),
    ("{SV:win|won} {n} {items} at {event}", "{A} won some", ""),
    ("{SV:score|scored} another {n}", "{A} scored more", ""),
    ("{SV:snag|snagged} {n} more from {store}", "{A} snagged more", ""),
    ("{SV:cop|copped} {n} more {items}", "{A} copped more", ""),
    ("{SV:collect|collected} {n} more", "{A} collected more", ""),
    ("{SV:earn|earned} {n} {items} from {chore}", "{A} earned some", ""),
    ("{SV:grab|grabbed} {n} extra", "{A} grabbed extras", ""),
    ("{SV:thrift|thrifted} {n} more {items}", "{A} thrifted more", "s"),
    ("{SV:order|ordered} {n} more online", "{A} ordered more", ""),
    ("{SV:make|made} {n} more", "{A} made more", ""),
    ("{SV:trade|traded} for {n} more", "{A} traded for more", ""),
    ("{SV:add|added} {n} {items} to the pile", "{A} added some", ""),
    ("{SV:bring|brought} home {n} more", "{A} brought more home", ""),
    ("{SV:rack up|racked up} {n} more", "{A} racked up more", ""),
    ("{SV:unbox|unboxed} {n} more {items}", "{A} unboxed more", ""),
    ("{SV:restock|restocked} with {n} more", "{A} restocked", ""),
    ("{SV:hoard|hoarded} {n} more", "{A} hoarded more", ""),
    ("{SV:dig up|dug up} {n} more in the garage", "{A} dug up more", ""),
    ("{SV:nab|nabbed} {n} at {event}", "{A} nabbed some", ""),
    ("{SV:get|got} gifted {n} {items}", "{A} got gifted some", ""),
    ("{SV:receive|received} {n} {items} in the mail", "{A} got some in the mail", ""),
    ("{SV:pull|pulled} {n} more out of a mystery bag", "{A} pulled more", ""),
    ("{SV:stock up|stocked up} on {n} more", "{A} stocked up", ""),
    ("{SV:come|came} back with {n} more", "{A} came back with more", ""),
    ("{SV:buy|bought} another {n} {items}", "{A} bought another batch", ""),
    ("{SV:scoop|scooped} up {n} {items} from the free table", "{A} scooped up some", ""),
    ("{SV:bag|bagged} {n} more at the sale", "{A} bagged more", ""),
    ("{SV:rescue|rescued} {n} {items} from the lost and found", "{A} rescued some", "s"),
    ("{SV:swipe|swiped} {n} from the free bin", "{A} swiped some", ""),
    ("{SV:bake|baked} {n} more", "{A} baked more", "f"),
    ("{SV:whip|whipped} up {n} more", "{A} whipped up more", "f"),
    ("{SV:pick|picked} {n} more from the garden", "{A} picked more", "f"),
    ("{SV:claim|claimed} {n} from the giveaway", "{A} claimed some", ""),
    ("{SV:inherit|inherited} {n} {items} from {X}", "{A} got some from {X}", "x"),
    ("{SV:borrow|borrowed} {n} from {X}", "{A} borrowed some from {X}", "x"),
    ("{SV:print|printed} {n} more", "{A} printed more", "s"),
    ("{SV:snatch|snatched} up {n} more at {store}", "{A} snatched up more", ""),
    ("{SV:win|won} another {n} in a giveaway", "{A} won more", ""),
    ("{SV:haul|hauled} in {n} more", "{A} hauled in more", ""),
    ("{SV:get|got} {n} back from {X}", "{A} got some back from {X}", "x"),
    ("{XV:give|gave} {obj} {n} more", "{X} gave some", "x"),
    ("{XV:send|sent} {obj} {n} {items}", "{X} sent some", "x"),
    ("{XV:drop off|dropped off} {n} more", "{X} dropped some off", "x"),
    ("{XV:bring|brought} over {n}", "{X} brought some over", "x"),
    ("{XV:slide|slid} {obj} {n} extra", "{X} slid some over", "x"),
    ("{XV:surprise|surprised} {obj} with {n} more", "{X} added more", "x"),
    ("{XV:hand|handed} {obj} {n} {items}", "{X} handed over some", "x"),
    ("{XV:throw|threw} in {n} extra", "{X} threw in extras", "x"),
    ("{XV:chip in|chipped in} {n}", "{X} chipped in", "x"),
    ("{XV:gift|gifted} {obj} {n} {items}", "{X} gifted some", "x"),
    ("{XV:leave|left} {n} more on the counter", "{X} left some", "x"),
    ("{n} more {PLV:show up|showed up} in the mail", "more showed up", ""),
    ("{n} extra {PLV:come|came} with the order", "extras came", ""),
    ("{n} {items} {PLV:turn up|turned up} in the {place}", "some turned up", ""),
    ("{n} more {PLV:get|got} delivered", "more got delivered", ""),
]

SUB_T = [
    ("{SV:give|gave} {n} to {X}", "{A} gave {X} some", "x"),
    ("{SV:give|gave} {X} {n}", "{A} gave {X} some", "x"),
    ("{SV:give away|gave away} {n}", "{A} gave some away", ""),
    ("{SV:sell|sold} {n}", "{A} sold some", ""),
    ("{SV:sell|sold} {n} on depop", "{A} sold some", "s"),
    ("{SV:lose|lost} {n} at {event}", "{A} lost some", ""),
    ("{SV:donate|donated} {n} to {charity}", "{A} donated some", ""),
    ("{SV:trade|traded} {n} away", "{A} traded some away", ""),
    ("{SV:throw out|threw out} {n} {items}", "{A} threw some out", ""),
    ("{SV:toss|tossed} {n}", "{A} tossed some", ""),
    ("{SV:hand out|handed out} {n} at {event}", "{A} handed some out", ""),
    ("{SV:pass out|passed out} {n} to the class", "{A} passed some out", ""),
    ("{SV:lend|lent} {n} to {X}", "{A} lent {X} some", "x"),
    ("{SV:mail|mailed} {n} to {X}", "{A} mailed some", "x"),
    ("{SV:send|sent} {n} to {X}", "{A} sent {X} some", "x"),
    ("{SV:return|returned} {n}", "{A} returned some", ""),
    ("{SV:give back|gave back} {n} to {X}", "{A} gave some back", "x"),
    ("{SV:leave|left} {n} at school", "{A} left some at school", ""),
    ("{SV:forget|forgot} {n} at {X}'s place", "{A} forgot some", "x"),
    ("{SV:use up|used up} {n}", "{A} used some up", ""),
    ("{SV:use|used} {n} for {project}", "{A} used some", "s"),
    ("{SV:get rid of|got rid of} {n}", "{A} got rid of some", ""),
    ("{SV:regift|regifted} {n}", "{A} regifted some", ""),
    ("{SV:yeet|yeeted} {n} into the trash", "{A} yeeted some", ""),
    ("{SV:ditch|ditched} {n}", "{A} ditched some", ""),
    ("{SV:dump|dumped} {n} in the donation bin", "{A} dumped some", "s"),
    ("{SV:misplace|misplaced} {n}", "{A} misplaced some", ""),
    ("{SV:swap|swapped} away {n}", "{A} swapped some away", ""),
    ("{SV:let|let} {X} have {n}", "{A} let {X} have some", "x"),
    ("{SV:slip|slipped} {X} {n}", "{A} slipped {X} some", "x"),
    ("{SV:gift|gifted} {X} {n}", "{A} gifted {X} some", "x"),
    ("{SV:sneak|snuck} {n} to {X}", "{A} snuck {X} some", "x"),
    ("{SV:cash in|cashed in} {n}", "{A} cashed some in", "s"),
    ("{SV:drop|dropped} {n} down the drain", "{A} dropped some", "s"),
    ("{SV:break|broke} {n}", "{A} broke some", "s"),
    ("{SV:eat|ate} {n}", "{A} ate some", "f"),
    ("{SV:snack on|snacked on} {n}", "{A} snacked on some", "f"),
    ("{SV:devour|devoured} {n}", "{A} devoured some", "f"),
    ("{SV:scarf down|scarfed down} {n}", "{A} scarfed some down", "f"),
    ("{SV:inhale|inhaled} {n} of {them}", "{A} inhaled some", "f"),
    ("{SV:polish off|polished off} {n}", "{A} polished some off", "f"),
    ("{SV:pack|packed} {n} for lunch", "{A} packed some for lunch", "f"),
    ("{SV:sell|sold} {n} at {event}", "{A} sold some", ""),
    ("{SV:hand|handed} {X} {n}", "{A} handed {X} some", "x"),
    ("{XV:take|took} {n}", "{X} took some", "x"),
    ("{XV:steal|stole} {n} of {poss} {items}", "{X} stole some", "x"),
    ("{XV:borrow|borrowed} {n} and never {V:give|gave} {them} back", "{X} borrowed some", "x"),
    ("{XV:swipe|swiped} {n}", "{X} swiped some", "x"),
    ("{XV:snatch|snatched} {n}", "{X} snatched some", "x"),
    ("{XV:walk|walked} off with {n}", "{X} walked off with some", "x"),
    ("{XV:run|ran} off with {n}", "{X} ran off with some", "x"),
    ("{XV:eat|ate} {n}", "{X} ate some", "xf"),
    ("{PET} {SGV:chew|chewed} up {n}", "some got chewed up", ""),
    ("{n} {PLV:get|got} stolen", "some got stolen", ""),
    ("{n} of {them} {PLV:get|got} confiscated", "some got confiscated", ""),
    ("{n} {PLV:go|went} missing", "some went missing", ""),
    ("{n} {PLV:fall|fell} behind the dresser", "some fell behind the dresser", "s"),
    ("{n} {PLV:get|got} squished in the bag", "some got squished", "f"),
    ("{n} {PLV:go|went} bad", "some went bad", "f"),
]

MUL_T = [
    ("{SV:double|doubled} {poss} {items}", "{A} doubled them", "k2"),
    ("{SV:double|doubled} the whole stash", "{A} doubled it", "k2"),
    ("{SV:triple|tripled} {poss} stash", "{A} tripled it", "k3"),
    ("{SV:quadruple|quadrupled} {them}", "{A} quadrupled it", "k4"),
    ("{poss} {items} {PLV:double|doubled}", "it doubled", "k2"),
    ("{poss} stash {SGV:triple|tripled}", "it tripled", "k3"),
    ("the pile {SGV:double|doubled} overnight", "the pile doubled", "k2"),
    ("{XV:double|doubled} {poss} {items}", "{X} doubled them", "k2x"),
    ("{XV:triple|tripled} the pile", "{X} tripled it", "k3x"),
    ("the number of {items} {SGV:become|became} {k} times bigger", "it got bigger", "k"),
    ("{PV:have|had} {k} times as many as before", "it multiplied", "k"),
    ("{SV:end up|ended up} with {k} times as many", "{A} ended up with more", "k"),
    ("{SV:multiply|multiplied} {poss} {items} by {k} with a power-up", "{A} multiplied them", "k"),
    ("a glitch {SGV:multiply|multiplied} {poss} {items} by {k}", "the glitch hit", "k"),
    ("the stash {SGV:grow|grew} to {k} times its size", "the stash grew", "k"),
    ("{poss} collection {SGV:be|was} suddenly {k} times bigger", "it grew", "k"),
    ("thanks to {X}, {PV:have|had} {k} times as many", "{X} helped", "kx"),
    ("the count {SGV:jump|jumped} to {k} times what it was", "the count jumped", "k"),
    ("{poss} {items} {PLV:triple|tripled} after the trade", "it tripled", "k3"),
    ("{XV:double|doubled} the whole pile", "{X} doubled it", "k2x"),
    ("{XV:make|made} it {k} times as many", "{X} multiplied it", "kx"),
    ("everything {SGV:get|got} doubled", "it doubled", "k2"),
    ("{SV:have|had} twice as many as before", "it doubled", "k2"),
    ("{SV:have|had} triple the amount from before", "it tripled", "k3"),
    ("the total {SGV:go|went} up {k}-fold", "it multiplied", "k"),
    ("{SV:double|doubled} up on {them}", "{A} doubled up", "k2"),
    ("the pile {SGV:get|got} {k} times bigger", "the pile grew", "k"),
    ("{poss} {items} {PLV:multiply|multiplied} by {k}", "they multiplied", "k"),
    ("{SV:grow|grew} {poss} stash to {k} times the size", "{A} grew the stash", "k"),
    ("{XV:triple|tripled} the whole lot", "{X} tripled it", "k3x"),
    ("somehow the stash {SGV:double|doubled}", "it doubled", "k2"),
    ("{poss} {items} {PLV:quadruple|quadrupled}", "it quadrupled", "k4"),
    ("{SV:make|made} {poss} pile {k} times as big", "{A} made the pile bigger", "k"),
    ("a cheat code {SGV:multiply|multiplied} {them} by {k}", "the cheat code hit", "k"),
    ("{poss} stash {SGV:blow|blew} up to {k} times the size", "the stash blew up", "k"),
    ("{XV:double|doubled} it for {obj}", "{X} doubled it", "k2x"),
    ("{XV:triple|tripled} {poss} stash as a surprise", "{X} tripled it", "k3x"),
    ("{SV:end up|ended up} with double", "{A} ended up with double", "k2"),
    ("{SV:end up|ended up} with triple", "{A} ended up with triple", "k3"),
    ("{poss} pile {SGV:be|was} {k} times as big after the trade", "the trade multiplied it", "k"),
    ("the stash {SGV:get|got} multiplied by {k}", "it got multiplied", "k"),
]

DIV_T = [
    ("{SV:split|split} {them} evenly {k} ways and {V:keep|kept} one share", "{A} split them up", "k"),
    ("{SV:share|shared} {them} equally between the {k} of {grp} and {V:keep|kept} one share",
     "{A} shared them", "k"),
    ("{SV:divide|divided} {them} into {k} equal piles and {V:keep|kept} just one pile",
     "{A} divided them", "k"),
    ("{SV:put|put} {them} into {k} equal bags and {V:keep|kept} one bag", "{A} bagged them up", "k"),
    ("{SV:give away|gave away} half", "{A} gave half away", "k2"),
    ("{SV:lose|lost} half of {them}", "{A} lost half", "k2"),
    ("{SV:sell|sold} half", "{A} sold half", "k2"),
    ("{SV:eat|ate} half", "{A} ate half", "k2f"),
    ("{SV:keep|kept} only half", "{A} kept half", "k2"),
    ("{SV:keep|kept} a third and {V:give|gave} the rest away", "{A} kept a third", "k3"),
    ("{SV:keep|kept} only a third of {them}", "{A} kept a third", "k3"),
    ("{XV:take|took} half", "{X} took half", "k2x"),
    ("half of {them} {PLV:get|got} eaten by {PET}", "half got eaten", "k2"),
    ("{SV:halve|halved} the pile", "{A} halved it", "k2"),
    ("the stash {SGV:get|got} cut in half", "it got cut in half", "k2"),
    ("{SV:split|split} {them} down the middle with {X}", "{A} split with {X}", "k2x"),
    ("{SV:split|split} {them} into {k} equal groups and {V:hang|hung} on to one group",
     "{A} split them into groups", "k"),
    ("only a third of {them} {PLV:survive|survived} the trip", "only a third made it", "k3"),
    ("{SV:divvy|divvied} {them} up {k} ways and {V:keep|kept} a share", "{A} divvied them up", "k"),
    ("{SV:portion|portioned} {them} out into {k} equal shares and {V:keep|kept} one",
     "{A} portioned them out", "k"),
    ("{SV:donate|donated} half", "{A} donated half", "k2"),
    ("{SV:split|split} {them} {k} ways with the squad and {V:keep|kept} one share",
     "{A} split with the squad", "k"),
    ("{SV:split|split} {them} equally between {k} {gpl}", "{A} split them", "ke"),
    ("{SV:share|shared} {them} out evenly to {k} {gpl}", "{A} shared them out", "ke"),
    ("{SV:divide|divided} {them} equally among {k} {gpl}", "{A} divided them", "ke"),
    ("{SV:hand|handed} {them} out evenly to {k} {gpl}", "{A} handed them out", "ke"),
    ("{SV:give|gave} half to {X}", "{A} gave {X} half", "k2x"),
    ("{XV:eat|ate} half", "{X} ate half", "k2xf"),
    ("{SV:trade|traded} away half", "{A} traded half away", "k2"),
    ("{SV:leave|left} half at school", "{A} left half at school", "k2"),
    ("{SV:pack|packed} {them} into {k} equal boxes and {V:keep|kept} one box",
     "{A} boxed them up", "k"),
    ("{SV:deal|dealt} {them} out evenly to {k} {gpl}", "{A} dealt them out", "ke"),
    ("{SV:pass|passed} {them} out equally to {k} {gpl}", "{A} passed them out", "ke"),
    ("{SV:share|shared} {them} fairly among {k} {gpl}", "{A} shared them", "ke"),
    ("{SV:split|split} the pile into {k} equal stacks and {V:keep|kept} one stack",
     "{A} split the pile", "k"),
    ("{SV:break|broke} the pile into {k} equal parts and {V:keep|kept} one part",
     "{A} broke the pile up", "k"),
    ("{SV:sort|sorted} {them} into {k} even piles and {V:take|took} one pile home",
     "{A} sorted them into piles", "k"),
    ("{SV:divide|divided} the stash {k} ways with friends and {V:keep|kept} a share",
     "{A} divided the stash", "k"),
    ("{XV:walk|walked} off with half", "{X} walked off with half", "k2x"),
    ("{SV:give away|gave away} all but a third", "{A} kept a third", "k3"),
    ("{SV:donate|donated} half to {charity}", "{A} donated half", "k2"),
    ("half of {them} {PLV:go|went} missing", "half went missing", "k2"),
    ("{SV:split|split} {them} in half with {X}", "{A} split with {X}", "k2x"),
]

OP_T = {"+": ADD_T, "-": SUB_T, "*": MUL_T, "/": DIV_T}

GENERIC_PHRASE_HINTS = {
    "+": ["plus the new ones", "adding the extras", "with the extra ones", "counting the new ones",
          "new ones in", "adding those on", "the extras", "more coming in"],
    "-": ["minus the ones that left", "taking those out", "without those", "the ones that are gone",
          "subtracting those", "minus that batch", "the ones leaving"],
    "*": ["multiplying", "scaling it up", "the times part", "times it", "the multiply part"],
    "/": ["splitting it up", "dividing it", "one share", "the sharing part", "dividing it out"],
}

SINGLE_START_T = [
    "{SV:have|had} {n} {items}",
    "{SV:start|started} with {n} {items}",
    "{SV:have|had} a stash of {n} {items}",
    "there {PLV:be|were} {n} {items} in {poss} {place}",
    "{poss} {items} collection {SGV:be|was} at {n}",
    "{SV:have|had} exactly {n} {items} in {poss} {place}",
    "{SV:own|owned} {n} {items}",
    "{SV:have|had} {n} {items} saved up",
    "{SV:keep|kept} {n} {items} in {poss} {place}",
    "{n} {items}. that's how many {SV:have|had}",
    "{SV:be|was} sitting on {n} {items}",
    "{poss} {place} {SGV:have|had} {n} {items} in it",
    "{SV:have|had} {n} {items} to start",
    "{SV:kick|kicked} things off with {n} {items}",
]
SUFFIX_OK = {  # start templates that read well with "rn" / "right now"
    "{SV:have|had} {n} {items}", "{SV:have|had} a stash of {n} {items}",
    "there {PLV:be|were} {n} {items} in {poss} {place}", "{SV:own|owned} {n} {items}",
    "{SV:have|had} exactly {n} {items} in {poss} {place}", "{SV:be|was} sitting on {n} {items}",
    "{SV:keep|kept} {n} {items} in {poss} {place}", "{SV:have|had} {n} {items} saved up",
}
PRODUCT_START_T = [
    "{SV:have|had} {f1} {cpl} of {items}, {f2} in each",
    "{SV:buy|bought} {f1} {cpl} of {f2} {items}",
    "{SV:have|had} {f1} {cpl} with {f2} {items} in every {cs}",
    "there {PLV:be|were} {f1} {cpl} of {items} and each {cs} {SGV:have|had} {f2}",
    "{SV:get|got} {f1} {cpl} with {f2} {items} each",
    "{f1} {cpl} of {items}, {f2} per {cs}. that's what {SV:start|started} with",
    "{SV:come|came} home with {f1} {cpl}, each holding {f2} {items}",
    "{SV:order|ordered} {f1} {cpl} of {items} and each {cs} {SGV:come|came} with {f2}",
    "{SV:have|had} {f1} {cpl} and every {cs} {SGV:have|had} {f2} {items} in it",
    "{SV:pick up|picked up} {f1} {cpl} of {items} with {f2} in each {cs}",
]


# =====================================================================
# grammar helpers
# =====================================================================

def sform(base):
    head, sep, tail = base.partition(" ")
    irr = {"have": "has", "do": "does", "go": "goes", "be": "is"}
    if head in irr:
        s = irr[head]
    elif head.endswith(("s", "sh", "ch", "x", "z", "o")):
        s = head + "es"
    elif head.endswith("y") and len(head) > 1 and head[-2] not in "aeiou":
        s = head[:-1] + "ies"
    else:
        s = head + "s"
    return s + sep + tail


def conj(base, past, kind, tense):
    if base == "be":
        if tense == "past":
            return "were" if kind == "pl" else "was"
        return {"1s": "am", "3s": "is", "pl": "are"}[kind]
    if tense == "past":
        return past
    return sform(base) if kind == "3s" else base


class Who:
    """A subject: 'i' (the poster), 'we' (household / group), or a named person."""

    def __init__(self, typ, name=None, pron="she", i_char="i"):
        self.typ, self.name, self.pron, self.i_char = typ, name, pron, i_char
        self.mentioned = False
        if typ == "i":
            self.obj, self.poss, self.grp = "me", "my", "us"
        elif typ == "we":
            self.obj, self.poss, self.grp = "us", "our", "us"
        else:
            self.obj = {"she": "her", "he": "him", "they": "them"}[pron]
            self.poss = {"she": "her", "he": "his", "they": "their"}[pron]
            self.grp = "them"

    def subject(self, rng):
        if self.typ == "i":
            return self.i_char, "1s"
        if self.typ == "we":
            return "we", "pl"
        if not self.mentioned or rng.random() < 0.25:
            self.mentioned = True
            return self.name, "3s"
        return self.pron, ("pl" if self.pron == "they" else "3s")


def future_aux(rng, subj, kind):
    low = subj.lower()
    if low == "i":
        opts = ["'m gonna", "'ll", " will", "'m going to"]
    elif low in ("we", "they"):
        opts = ["'re gonna", "'ll", " will"]
    elif low in ("she", "he"):
        opts = ["'s gonna", "'ll", " will", " is gonna"]
    else:
        opts = [" will", " is gonna", "'s gonna"]
    return rng.choice(opts)


_PAT = re.compile(r"\{(\w+)(?::([^|}]*)\|([^}]*))?\}")


def fill(tmpl, env):
    rng = env["rng"]

    def rep(m):
        key, base, past = m.group(1), m.group(2), m.group(3)
        if base is None:
            return env[key]
        tense = env["tense"]
        if key in ("SV", "PV"):
            who = env["actor"] if key == "SV" else env["pool"]
            subj, kind = who.subject(rng)
            env["last_kind"] = kind
            if tense == "future":
                return subj + future_aux(rng, subj, kind) + " " + base
            return subj + " " + conj(base, past, kind, tense)
        if key == "XV":
            env["last_kind"] = "3s"
            if tense == "future":
                return env["X"] + rng.choice([" will ", " is gonna "]) + base
            return env["X"] + " " + conj(base, past, "3s", tense)
        if key == "V":
            if tense == "future":
                return base
            return conj(base, past, env.get("last_kind", "3s"), tense)
        if key == "PLV":
            if tense == "future":
                return "will " + base
            return conj(base, past, "pl", tense)
        if key == "SGV":
            if tense == "future":
                return "will " + base
            return conj(base, past, "3s", tense)
        raise KeyError(key)

    return _PAT.sub(rep, tmpl)


# =====================================================================
# arithmetic
# =====================================================================

def compute(a, op, b):
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


def digit_swap(rng, n):
    s = str(n)
    pairs = [i for i in range(len(s) - 1) if s[i] != s[i + 1]]
    if not pairs:
        return None
    i = rng.choice(pairs)
    t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if t[0] == "0":
        return None
    return int(t)


def digit_bump(rng, n):
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


def slips(rng, n, lo=1, hi=9999):
    """Values a person plausibly reads / copies instead of n."""
    c = [n + 1, n - 1, digit_swap(rng, n), digit_bump(rng, n)]
    if n >= 10:
        c += [n + 10, n - 10]
    return [x for x in c if x is not None and lo <= x <= hi and x != n]


# =====================================================================
# the generator
# =====================================================================

OPS_WEIGHTS = [("+", 0.3), ("-", 0.3), ("*", 0.18), ("/", 0.22)]


def pick_weighted(rng, items):
    tot = sum(w for _, w in items)
    r = rng.random() * tot
    for x, w in items:
        r -= w
        if r <= 0:
            return x
    return items[-1][0]


def sample_chain(rng, n_changes, product):
    if product:
        while True:
            f1 = rng.randint(2, 24)
            f2 = rng.choice([rng.randint(2, 12), rng.randint(6, 48), 12, 24, 10, 20])
            if f1 * f2 <= 1200:
                break
        start = f1 * f2
        factors = (f1, f2)
    else:
        r = rng.random()
        if r < 0.45:
            start = rng.randint(6, 60)
        elif r < 0.82:
            start = rng.randint(20, 300)
        elif r < 0.98:
            start = rng.randint(100, 999)
        else:
            start = 1000
        factors = None
    cur = start
    changes = []
    for _ in range(n_changes):
        for _try in range(20):
            op = pick_weighted(rng, OPS_WEIGHTS)
            if op == "/":
                ds = [d for d in (2, 2, 2, 3, 3, 4, 5, 6, 8, 10) if cur % d == 0 and cur // d >= 2]
                if not ds:
                    continue
                b = rng.choice(ds)
            elif op == "*":
                if cur > 1200:
                    continue
                ks = [k for k in (2, 2, 2, 3, 3, 4, 5, 6, 10) if cur * k <= 5000]
                if not ks:
                    continue
                b = rng.choice(ks)
            elif op == "-":
                if cur < 4:
                    continue
                hi = min(999, cur - 1)
                b = rng.randint(2, max(2, min(hi, int(cur * rng.uniform(0.2, 0.8)) + 2)))
                if b > hi:
                    continue
            else:
                scale = max(12, min(999, int(cur * rng.uniform(0.2, 1.0))))
                b = rng.randint(2, scale)
                if cur + b > 9999:
                    continue
            changes.append((op, b))
            cur = compute(cur, op, b)
            break
        else:
            return None
    return start, factors, changes


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    # ------------------------------------------------------------------ text
    def pick_template(self, op, b, food, last, allow_each, used):
        rng = self.rng
        cands = []
        for t, h, fl in OP_T[op]:
            if t in used:
                continue
            if "f" in fl and not food:
                continue
            if "s" in fl and food:
                continue
            if op in "*/":
                if "k2" in fl and b != 2:
                    continue
                if "k3" in fl and b != 3:
                    continue
                if "k4" in fl and b != 4:
                    continue
                if "e" in fl and not (last and allow_each):
                    continue
            cands.append((t, h, fl))
        each_c = [c for c in cands if "e" in c[2]]
        if each_c and rng.random() < 0.5:
            return rng.choice(each_c)
        return rng.choice([c for c in cands if "e" not in c[2]] or cands)

    def render_change(self, ch, env, tense):
        """Render one change clause."""
        t = ch["tmpl"][0]
        e = dict(env)
        e["tense"] = tense
        e["X"] = ch["X"]
        e["k"] = ch["tok"] if "{k}" in t else ""
        e["n"] = ch["tok"] if "{n}" in t else ""
        s = fill(t, e)
        env["last_kind"] = e.get("last_kind", env.get("last_kind"))
        return s

    def build(self, kind_err, pos_cat):
        rng = self.rng
        for _attempt in range(200):
            n_changes = rng.randint(1, 5)
            product = rng.random() < 0.3
            ch = sample_chain(rng, n_changes, product)
            if ch is None:
                continue
            start, factors, changes = ch
            n_eq = n_changes + (1 if product else 0)
            # error position
            err = None
            if kind_err != "none":
                if kind_err == "answer":
                    e_idx = n_eq
                else:
                    if n_eq == 1:
                        cat = "first"
                    elif n_eq == 2:
                        cat = rng.choice(["first", "last"])
                    else:
                        cat = pick_weighted(rng, [("first", 0.14), ("middle", 0.51), ("last", 0.35)])
                    e_idx = {"first": 0, "last": n_eq - 1}.get(cat)
                    if cat == "middle":
                        e_idx = rng.randint(1, n_eq - 2)
                err = (kind_err, e_idx)
            rec = self.make_record(start, factors, changes, err)
            if rec is not None:
                return rec
        raise RuntimeError("could not build record")

    # ------------------------------------------------------------ solutions
    def true_eqs(self, start, factors, changes):
        eqs = []
        if factors:
            eqs.append([factors[0], "*", factors[1], start])
        cur = start
        for op, b in changes:
            c = compute(cur, op, b)
            eqs.append([cur, op, b, c])
            cur = c
        return eqs

    def rebuild(self, eqs, e, new_eq):
        out = [list(x) for x in eqs]
        out[e] = list(new_eq)
        for j in range(e + 1, len(out)):
            a = out[j - 1][3]
            op, b = eqs[j][1], eqs[j][2]
            c = compute(a, op, b)
            if c is None:
                return None
            out[j] = [a, op, b, c]
        return out

    def inject(self, eqs, err, start, factors, changes, word_k):
        """Return (eqs_written, stated_final, detail) or None."""
        rng = self.rng
        kind, e = err
        true_final = eqs[-1][3]
        if kind == "answer":
            prev = eqs[-1][0]
            cands = [(prev, 3)] + [(x, 2) for x in slips(rng, true_final, 0, 9999)]
            if true_final >= 100:
                cands += [(true_final + 100, 1), (true_final - 100, 1)]
            cands = [(x, w) for x, w in cands if x != true_final and x >= 0]
            if not cands:
                return None
            return eqs, pick_weighted(rng, cands), "answer"
        a, op, b, c = eqs[e]
        cands = []  # (new_eq, weight, detail)
        # numbers written in the problem (implied factors such as "doubled" are not written)
        problem_nums = ([factors[0], factors[1]] if factors else [start]) + \
            [x[1] for x, wk in zip(changes, word_k) if not wk]
        is_product_step = factors is not None and e == 0
        ch_idx = e - (1 if factors else 0)
        if kind == "arithmetic":
            vals = []
            vals += [(c + 1, 2), (c - 1, 2)]
            if c >= 10:
                vals += [(c + 10, 2), (c - 10, 2)]
            sw = digit_swap(rng, c)
            if sw is not None:
                vals.append((sw, 2))
            db = digit_bump(rng, c)
            if db is not None:
                vals.append((db, 1))
            if op == "+":
                vals.append((no_carry_add(a, b), 4))
            elif op == "-":
                vals.append((no_borrow_sub(a, b), 4))
            elif op == "*":
                vals += [(c + a, 2), (c - a, 2), (c + b, 1), (c - b, 1)]
            else:
                vals += [(c + 2, 1), (c - 2, 1)]
            for v, w in vals:
                if v is not None and v != c and 0 <= v <= 9999:
                    cands.append(([a, op, b, v], w, "arith"))
        elif kind == "operand":
            if is_product_step:
                for which in (0, 1):
                    f = [a, b][which]
                    other_nums = [x for x in problem_nums if x != f]
                    opts = [(x, 2) for x in slips(rng, f, 2, 999)] + [(x, 1) for x in other_nums]
                    for v, w in opts:
                        na, nb = (v, b) if which == 0 else (a, v)
                        nc = compute(na, "*", nb)
                        if nc is not None and nc != c:
                            cands.append(([na, "*", nb, nc], w, "factor"))
            else:
                # misread b (only when the amount is written as a number)
                if not word_k[ch_idx]:
                    lo = 1
                    others = [x for x in problem_nums if x != b]
                    opts = [(x, 2) for x in slips(rng, b, lo, 999)] + [(x, 1.5) for x in others]
                    for v, w in opts:
                        nc = compute(a, op, v)
                        if nc is not None and nc != c:
                            cands.append(([a, op, v, nc], w, "b"))
                # wrong a: copy slip of previous result, or the value from a step earlier
                opts = [(x, 1) for x in slips(rng, a, 1, 9999)]
                if e >= 1:
                    opts.append((eqs[e - 1][0], 2.5))
                for v, w in opts:
                    if v == a:
                        continue
                    nc = compute(v, op, b)
                    if nc is not None and nc != c:
                        cands.append(([v, op, b, nc], w, "a"))
        elif kind == "operation":
            alt = {"+": [("-", 3), ("*", 0.3)], "-": [("+", 3)], "*": [("+", 3), ("-", 0.3)],
                   "/": [("-", 2), ("*", 1.2)]}[op]
            for nop, w in alt:
                nc = compute(a, nop, b)
                if nc is not None and nc != c:
                    cands.append(([a, nop, b, nc], w, "op"))
        order = []
        pool = list(cands)
        while pool:
            tot = sum(w for _, w, _ in pool)
            r = rng.random() * tot
            for i, (q, w, d) in enumerate(pool):
                r -= w
                if r <= 0:
                    break
            order.append(pool.pop(i))
        for new_eq, _w, detail in order:
            out = self.rebuild(eqs, e, new_eq)
            if out is not None:
                return out, out[-1][3], detail
        return None

    # -------------------------------------------------------------- record
    def make_record(self, start, factors, changes, err):
        rng = self.rng
        food = rng.random() < 0.42
        items = rng.choice(FOOD if food else STUFF)
        style = pick_weighted(rng, [("text", 0.34), ("post", 0.16), ("parent", 0.2),
                                    ("chat", 0.18), ("gossip", 0.12)])
        tense = pick_weighted(rng, [("past", 0.6), ("present", 0.22), ("future", 0.18)])
        allow_each = rng.random() < 0.35
        # ---- per change: template + tokens
        chs = []
        word_k = []
        used_t = set()
        for i, (op, b) in enumerate(changes):
            last = i == len(changes) - 1
            tmpl = self.pick_template(op, b, food, last, allow_each, used_t)
            used_t.add(tmpl[0])
            fl = tmpl[2]
            wk = any(k in fl for k in ("k2", "k3", "k4"))
            word_k.append(wk)
            if wk:
                tokstr = next(w for w in WORD_K_TOKENS if w in tmpl[0])
            else:
                tokstr = say(rng, b, p=0.25, dozen=(op in "+-"))
            chs.append({"op": op, "b": b, "tmpl": tmpl, "tok": tokstr, "X": None, "Xs": None})
        each = len(chs) > 0 and "e" in chs[-1]["tmpl"][2]
        eqs = self.true_eqs(start, factors, changes)
        true_final = eqs[-1][3]
        # ---- error
        if err is not None:
            res = self.inject(eqs, err, start, factors, changes, word_k)
            if res is None:
                return None
            w_eqs, stated, detail = res
        else:
            w_eqs, stated, detail = eqs, true_final, None
        # ---- problem text
        pb = self.problem_text(style, tense, items, food, start, factors, chs, each)
        if pb is None:
            return None
        problem, ctx = pb
        if len(problem.split()) > 90:
            return None
        steps = self.solution_steps(ctx, w_eqs, stated, chs, factors, items, tense, each)
        n_eq = len(eqs)
        if err is None:
            label, kind = -1, "none"
        else:
            kind = err[0]
            label = n_eq if kind == "answer" else err[1]
        rec = {
            "problem": problem,
            "steps": steps,
            "label": label,
            "final_answer_correct": stated == true_final,
            "error_kind": kind,
        }
        tokens = []
        if factors:
            tokens += [ctx["f1tok"], ctx["f2tok"]]
        else:
            tokens.append(ctx["starttok"])
        tokens += [chs[i]["tok"] for i in self._text_order]
        meta = {
            "start": start, "factors": list(factors) if factors else None,
            "changes": [list(x) for x in changes], "tokens": tokens,
            "word_k": word_k, "err": list(err) if err else None, "detail": detail,
            "stated": stated, "style": style, "tense": tense, "each": each,
        }
        return rec, meta

    # ------------------------------------------------------- problem text
    def pick_other(self, style, owner, used):
        rng = self.rng
        for _ in range(10):
            if style == "parent":
                x = rng.choice(PARENT_OTHERS) if rng.random() < 0.6 else rng.choice(NAMES)
                xs = x[5:] if x.startswith("your ") else x
                if x.startswith("your "):
                    xs = "our " + x[5:]
            elif style in ("gossip",) and owner.typ == "name" and rng.random() < 0.5:
                x = rng.choice(THIRD_OTHERS_F).format(p=owner.poss)
                xs = x
            else:
                if rng.random() < 0.5:
                    x = rng.choice(TEEN_OTHERS)
                else:
                    x = rng.choice(NAMES).lower()
                if owner.typ == "we" and x.startswith("my "):
                    x = "our " + x[3:]
                xs = "ur " + x[3:] if x.startswith("my ") else x
            if owner.name and x.lower() == owner.name.lower():
                continue
            if x not in used or rng.random() < 0.3:
                return x, xs
        return x, xs

    def problem_text(self, style, tense, items, food, start, factors, chs, each):
        rng = self.rng
        teen = style != "parent"
        i_char = "i" if (teen and rng.random() < 0.85) else "I"
        lower_names = teen and rng.random() < 0.6
        pron = rng.choice(["she", "she", "he", "he", "they"])
        # owner / pool / actors
        if style in ("text", "post"):
            owner = Who("i", i_char=i_char) if (style == "post" or rng.random() < 0.75) else \
                Who("we", i_char=i_char)
        elif style == "parent":
            owner = Who("i", i_char="I") if rng.random() < 0.5 else Who("we")
        elif style == "chat":
            owner = Who("we")
        else:
            nm = rng.choice(NAMES)
            owner = Who("name", name=nm.lower() if lower_names else nm, pron=pron)
        ctx = {"style": style, "owner": owner, "teen": teen, "i_char": i_char}
        place = rng.choice(FOOD_PLACES if food else PLACES)
        gs, gpl = rng.choice(GROUPS)
        ctx["gs"], ctx["gpl"] = gs, gpl
        base_env = {
            "rng": rng, "tense": tense, "actor": owner, "pool": owner, "items": items,
            "them": "them" if rng.random() < 0.8 else "'em", "poss": owner.poss,
            "obj": owner.obj, "grp": owner.grp, "place": place, "store": rng.choice(STORES),
            "event": rng.choice(EVENTS), "charity": rng.choice(CHARITIES),
            "project": rng.choice(PROJECTS) if owner.typ == "i" else "a school project",
            "chore": rng.choice(CHORES), "PET": rng.choice(PETS), "gpl": gpl, "X": "",
            "n": "", "k": "",
        }
        if style == "parent":
            base_env["store"] = rng.choice(["Costco", "Target", "the grocery store", "Walmart",
                                            "the farmers market", "Trader Joe's", "the bakery"])
        # chat speakers
        speakers = []
        if style == "chat":
            fam = ["mom", "dad", "grandma", "auntie", "uncle " + rng.choice(NAMES)]
            sibs = rng.sample(NAMES, 3)
            pool_sp = [rng.choice(fam)] + [s.lower() if lower_names else s for s in sibs]
            if rng.random() < 0.5:
                pool_sp.append(rng.choice(fam))
            speakers = list(dict.fromkeys(pool_sp))
        used = set()
        for c in chs:
            x, xs = self.pick_other(style, owner, used)
            if style != "parent" and lower_names is False and x in NAMES_LOWER:
                x = x.capitalize()
                xs = x
            if speakers and x.lower() in [s.lower() for s in speakers]:
                x = "the neighbor"
                xs = x
            used.add(x)
            c["X"], c["Xs"] = x, xs
        # ---- start clause
        start_tense = "present" if tense in ("present", "future") else "past"
        env = dict(base_env)
        env["tense"] = start_tense
        if factors:
            cs, cpl = rng.choice(CONTAINERS)
            ctx["cs"], ctx["cpl"] = cs, cpl
            t = rng.choice(PRODUCT_START_T)
            if owner.typ == "name":
                t = rng.choice([x for x in PRODUCT_START_T if "{SV" in x])
            f1tok = say(rng, factors[0], 0.3, dozen=True)
            f2tok = say(rng, factors[1], 0.2, dozen=False)
            env.update(f1=f1tok, f2=f2tok, cs=cs, cpl=cpl)
            start_clause = fill(t, env)
            ctx["f1tok"], ctx["f2tok"] = f1tok, f2tok
        else:
            t = rng.choice(SINGLE_START_T)
            if owner.typ == "name" and "{SV" not in t:
                env["poss"] = owner.name + "'s"
                owner.mentioned = True
            stok = say(rng, start, 0.25, dozen=True)
            env["n"] = stok
            start_clause = fill(t, env)
            ctx["starttok"] = stok
        if tense == "future" and not factors and t in SUFFIX_OK and rng.random() < 0.6:
            start_clause += rng.choice([" rn", " right now", " at the moment", " so far"])
        # ---- change clauses (grouped into sentences)
        if style == "chat":
            text = self.chat_text(ctx, base_env, start_clause, chs, tense, speakers, items)
        else:
            text = self.story_text(ctx, base_env, start_clause, chs, tense, items, style)
        if text is None:
            return None
        return text, ctx

    def change_clauses(self, ctx, base_env, chs, tense, actor_for=None):
        """Render all change clauses, possibly pairing two into one sentence."""
        rng = self.rng
        groups = []
        i = 0
        while i < len(chs):
            r = rng.random()
            if i + 1 < len(chs) and r < 0.35:
                groups.append([i, i + 1])
                i += 2
            else:
                groups.append([i])
                i += 1
        out = []
        self._text_order = []
        for g in groups:
            env = dict(base_env)
            if actor_for is not None:
                env["actor"] = actor_for(g[0])
            if len(g) == 1:
                out.append((g, self.render_change(chs[g[0]], env, tense)))
                self._text_order += g
                continue
            mode = rng.random()
            sub_t = "present" if tense == "future" else tense
            if mode < 0.22:
                c1 = self.render_change(chs[g[0]], env, sub_t)
                c2 = self.render_change(chs[g[1]], env, tense)
                s = rng.choice(["after ", "right after ", "once "]) + c1 + ", " + c2
                self._text_order += g
            elif mode < 0.36:
                c1 = self.render_change(chs[g[0]], env, sub_t)
                c2 = self.render_change(chs[g[1]], env, tense)
                s = c2 + rng.choice([" after ", " right after "]) + c1
                self._text_order += g[::-1]
            elif mode < 0.46:
                c1 = self.render_change(chs[g[0]], env, tense)
                c2 = self.render_change(chs[g[1]], env, sub_t)
                s = "before " + c2 + ", " + c1
                self._text_order += g[::-1]
            else:
                c1 = self.render_change(chs[g[0]], env, tense)
                c2 = self.render_change(chs[g[1]], env, tense)
                s = c1 + rng.choice([", then ", " and then ", " and ", ", and after that ",
                                     " then ", ", plus ", ". and then "]) + c2
                self._text_order += g
            out.append((g, s))
        return out

    def question(self, ctx, tense, items, chs, each):
        rng = self.rng
        owner = ctx["owner"]
        if owner.typ == "i":
            P, do, has = ctx["i_char"], "do", "have"
        elif owner.typ == "we":
            P, do, has = "we", "do", "have"
        else:
            P = owner.pron if owner.mentioned and rng.random() < 0.6 else owner.name
            do = "do" if P == "they" else "does"
            has = "have" if P == "they" else "has"
        poss = owner.poss
        last_op = chs[-1]["op"]
        if each:
            g = ctx["gs"]
            qs = [f"how many does each {g} get?", f"how many {items} does each {g} end up with?",
                  f"how many {items} per {g}?", f"so how many does each {g} get lol",
                  f"how many {items} does every {g} get?"]
            if tense == "future":
                qs += [f"how many will each {g} get?", f"how many {items} will each {g} get?"]
            return rng.choice(qs)
        if tense == "future":
            qs = [f"how many will {P} have?", f"how many {items} will {P} have after all that?",
                  f"how many will {P} end up with?", f"how many {items} will there be?",
                  "so how many will that be", f"what will {poss} total be?",
                  f"how many {items} will {P} have at the end?"]
            if last_op in "-/":
                qs += ["how many will be left?", f"how many {items} will {P} have left?"]
            return rng.choice(qs)
        qs = [f"how many {items} {do} {P} have now?", f"how many {do} {P} have now??",
              f"so how many {items} {do} {P} have at the end?", f"what's {poss} total now?",
              f"how many {items} is that now?", "how many is that lol", "whats the final count?",
              f"how many {items} {do} {P} have rn?", f"so like how many {do} {P} have now",
              f"can someone tell me how many {items} {P} {has} now",
              f"how many {items} are there now?", "total count??",
              f"pls tell me how many {items} {P} {has} now"]
        if tense == "past":
            qs += [f"how many did {P} end up with?", f"how many {items} did {P} have after all that?"]
        else:
            qs += [f"how many {do} {P} end up with?"]
        if last_op in "-/":
            qs += ["how many are left?", f"how many {items} {do} {P} have left?",
                   "how many r left lol", f"how many {items} are left now?"]
        if ctx["style"] == "post" and owner.typ == "i":
            qs += [f"guess how many {P} {has} now 👀", "comment how many i have now!!",
                   f"drop ur guess: how many {items} now?"]
        return rng.choice(qs)

    def deco_teen(self, s):
        """Punctuation / emoji / caps for one teen sentence."""
        rng = self.rng
        r = rng.random()
        if r < 0.1:
            s = s.upper()
        elif r < 0.2 and s:
            s = s[0].upper() + s[1:]
        end = rng.choice([".", "!", "!!", " lol", "", "", "...", " ngl", " fr", "!!!", " omg", ""])
        if rng.random() < 0.3:
            end += " " + rng.choice(EMOJI)
        return s + end

    def story_text(self, ctx, base_env, start_clause, chs, tense, items, style):
        rng = self.rng
        owner = ctx["owner"]
        cl = self.change_clauses(ctx, base_env, chs, tense)
        q = self.question(ctx, tense, items, chs, ctx_each(chs))
        name_y = rng.choice(NAMES)
        if style == "parent":
            who = rng.choice(["mom", "dad"])
            opener = rng.choice(PARENT_OPENERS[who])
            pieces = [start_clause]
            for _, s in cl:
                pieces.append(rng.choice([" and then ", " and ", " then ", ", then ", " so then ",
                                          " and after that "]) + s)
            body = "".join(pieces)
            if rng.random() < 0.5:
                d = rng.choice(PARENT_DISTRACTORS).format(Y=name_y)
                if rng.random() < 0.5:
                    body += rng.choice([" and ", " oh and ", " also "]) + d[0].lower() + d[1:]
                else:
                    body += ". " + d
            q = q.rstrip("?!")
            if q.startswith("so "):
                q = q[3:]
            if q.startswith(("how many", "what")):
                q = rng.choice(["so can you figure out ", "can you tell me ", "quick question ",
                                "so ", "please tell me ", "", "Can you do the math for me, "]) + q
            qq = q + rng.choice(["?", " ??", "", " because I need to know before the store closes",
                                 " thanks", "? I'm driving", "?? "])
            sep = rng.choice([", ", ". ", " "])
            if rng.random() < 0.5:
                body = "so " + body
            if sep == ". ":
                body = body[0].upper() + body[1:]
            text = opener + sep + body + rng.choice([" ", ", ", ". "]) + qq
            if rng.random() < 0.7:
                text = text.rstrip()
                text += (" " if text[-1] in "?!." else rng.choice([" ", ". ", ", "])) + \
                    rng.choice(PARENT_CLOSERS[who] + PARENT_CLOSERS["any"])
                if rng.random() < 0.3:
                    text += " " + rng.choice(["❤️", "😘", "🙂", "👍"])
            return text
        sentences = []
        lead_start = rng.choice(["ok so ", "so ", "", "", "soooo ", "story time: ", "alright ", "lol "])
        if style == "gossip":
            lead_start = rng.choice(["ok so ", "so ", "ok ", "", "tea: ", "listen "])
        first = lead_start + start_clause
        merge_first = rng.random() < 0.25 and cl
        if merge_first:
            g, s = cl[0]
            first = first + rng.choice([" and ", " but then ", ", then ", " and then "]) + s
            cl = cl[1:]
        sentences.append(first)
        for g, s in cl:
            lead = rng.choice(["then ", "after that ", "later ", "next ", "and then ", "oh and ",
                               "so then ", "the next day ", "", "", "", "also ", "then "])
            if s.startswith(("after ", "before ", "once ", "right after ")):
                lead = rng.choice(["", "", "oh and ", "and "])
            sentences.append(lead + s)
        # distractors (numberless)
        n_d = rng.choice([0, 0, 1, 1, 2])
        for _ in range(n_d):
            if len(sentences) >= 6:
                break
            d = rng.choice(DISTRACTORS).format(Y=name_y.lower())
            pos = rng.randint(1, len(sentences))
            sentences.insert(pos, d)
        sentences = [self.deco_teen(s) for s in sentences]
        qd = q
        if rng.random() < 0.15:
            qd = qd.upper()
        if rng.random() < 0.35:
            qd += " " + rng.choice(EMOJI)
        sentences.append(qd)
        head = []
        if style == "post":
            hook = rng.choice(POST_HOOKS)
            if rng.random() < 0.5:
                hook += " " + rng.choice(EMOJI)
            head.append(hook)
        elif rng.random() < 0.35:
            head.append(self.deco_teen(rng.choice(TEEN_PREFACES)))
        sep = rng.choice([" ", " ", "\n"])
        text = sep.join(head + sentences)
        if style == "post" or rng.random() < 0.1:
            tags = rng.sample(HASHTAGS, rng.randint(1, 3))
            text += ("\n" if rng.random() < 0.5 else " ") + " ".join(tags)
        return text

    def chat_text(self, ctx, base_env, start_clause, chs, tense, speakers, items):
        rng = self.rng
        actors = {}

        def actor_for(i):
            sp = rng.choice(speakers)
            actors[i] = sp
            return Who("i", i_char=ctx["i_char"])

        cl = self.change_clauses(ctx, base_env, chs, tense, actor_for=actor_for)
        # chat hints refer to the speaker by name
        for g, _ in cl:
            for idx in g:
                chs[idx]["speaker"] = actors[g[0]]
        lines = []
        if rng.random() < 0.5:
            lines.append(rng.choice(["[fam group chat 🏠]", "[the squad 💅]", "[group chat]",
                                     "pasting the chat bc i'm confused:", "copying from the fam chat:",
                                     "[cousins chat 🙃]"]))
        first_sp = rng.choice(speakers)
        lines.append(f"{first_sp}: {start_clause}")
        for g, s in cl:
            lines.append(f"{actors[g[0]]}: {s}" + (" " + rng.choice(EMOJI) if rng.random() < 0.25 else ""))
        q = self.question(ctx, tense, items, chs, ctx_each(chs))
        qsp = rng.choice(speakers)
        room = 8 - len(lines) - 1
        n_r = min(room, rng.choice([0, 1, 1, 2]))
        for _ in range(max(0, n_r)):
            pos = rng.randint(2 if lines[0].startswith(("[", "pasting", "copying")) else 1, len(lines))
            lines.insert(pos, f"{rng.choice(speakers)}: {rng.choice(CHAT_REACTS)}")
        lines.append(f"{qsp}: {q}")
        return "\n".join(lines)

    # ------------------------------------------------------------- solution
    def solution_steps(self, ctx, eqs, stated, chs, factors, items, tense, each):
        rng = self.rng
        owner = ctx["owner"]
        style = ctx["style"]
        # helper voice: how the actor is referred to
        if owner.typ == "i":
            A_self = rng.choice(["u", "you", "u"])
            have_self = "have"
        elif owner.typ == "we":
            A_self = rng.choice(["we", "y'all", "u guys"]) if style != "parent" else rng.choice(["we", "u"])
            have_self = "have"
        else:
            A_self = owner.pron if rng.random() < 0.7 else owner.name
            have_self = "have" if A_self == "they" else "has"
        sym = pick_weighted(rng, [("ascii", 0.5), ("uni", 0.35), ("mixed", 0.15)])
        opmap = {"ascii": {"+": "+", "-": "-", "*": "*", "/": "/"},
                 "uni": {"+": "+", "-": "−", "*": "×", "/": "÷"},
                 "mixed": {"+": "+", "-": "-", "*": "×", "/": "÷"}}[sym]
        compact = rng.random() < 0.1
        unit_p = rng.choice([0.0, 0.2, 0.5])
        emo_p = rng.choice([0.1, 0.25, 0.4])
        capital = rng.random() < 0.2

        def eqs_str(a, op, b, c):
            o = opmap[op]
            s = f"{a}{o}{b}={c}" if compact else f"{a} {o} {b} = {c}"
            if rng.random() < unit_p:
                s += " " + items
            return s

        def hint_for(j):
            c = chs[j]
            t, h, fl = c["tmpl"]
            if tense == "future" or rng.random() < 0.25:
                return None, rng.choice(GENERIC_PHRASE_HINTS[c["op"]])
            if style == "chat":
                A = c.get("speaker", "someone")
            else:
                A = A_self
            hs = h.replace("{A}", A).replace("{X}", c["Xs"] or "someone")
            if "{X}" in h and c["Xs"] is None:
                return None, rng.choice(GENERIC_PHRASE_HINTS[c["op"]])
            return hs, None

        steps = []
        n_eq = len(eqs)
        for i, (a, op, b, c) in enumerate(eqs):
            E = eqs_str(a, op, b, c)
            r = rng.random()
            if factors and i == 0:
                cpl = ctx.get("cpl", "packs")
                forms = [f"{E} to start", f"start: {E}", f"{a} {cpl} of {b} → {E}",
                         f"first the {cpl}: {E}", f"{E} at the start",
                         f"ok so {a} {cpl} with {b} each, that's {E}", f"{cpl} first → {E}",
                         f"multiply the {cpl} first: {E}", f"{E}, that's the starting amount"]
                s = rng.choice(forms)
            else:
                j = i - (1 if factors else 0)
                H, Ph = hint_for(j)
                opj = chs[j]["op"]
                if r < 0.45 and H:
                    s = rng.choice([f"then {H} so {E}", f"{H} → {E}", f"{H}, so {E}", f"{E} bc {H}",
                                    f"{E} after {H}", f"{H}: {E}", f"and {H}, which makes {E}",
                                    f"next {H} → {E}", f"ok {H} so {E}", f"{H} which means {E}",
                                    f"since {H}, {E}", f"{H}. {E}"])
                elif r < 0.65 and Ph:
                    s = rng.choice([f"{Ph} → {E}", f"{Ph}: {E}", f"{Ph}, {E}", f"{E} ({Ph})",
                                    f"now {Ph}: {E}"])
                elif r < 0.8:
                    bw = b  # the number actually used in the equation
                    s = rng.choice({
                        "+": [f"{bw} more → {E}", f"plus {bw}: {E}", f"adding {bw}: {E}",
                              f"add the {bw}: {E}"],
                        "-": [f"{bw} gone → {E}", f"take away {bw}: {E}", f"minus {bw} so {E}",
                              f"subtract the {bw}: {E}"],
                        "*": [f"times {bw} → {E}", f"multiply by {bw}: {E}", f"{E} (times {bw})"],
                        "/": [f"split {bw} ways → {E}", f"divided by {bw}: {E}",
                              f"{bw} equal shares: {E}"],
                    }[op if op in "+-*/" else opj])
                else:
                    s = rng.choice([E, f"then {E}", f"ok so {E}", f"next up: {E}",
                                    f"that gives {E}", f"so far {E}", f"now {E}", f"and then {E}",
                                    f"after that {E}", f"which is {E}", f"alright {E}",
                                    f"mathing it out: {E}", f"lemme see, {E}", f"ngl {E}"])
            if i == 0 and s[0].isdigit() and rng.random() < 0.5:
                s = rng.choice(["ok so ", "omg ok ", "alright ", "lemme do it: ", "ez. ", "bet. ",
                                "ok first ", "start: ", "easy: "]) + s
            if rng.random() < emo_p:
                em = rng.choice(EMOJI)
                s = (em + " " + s) if rng.random() < 0.2 else (s + " " + em)
            if capital:
                s = s[0].upper() + s[1:]
            steps.append(s)
        # final answer
        N = stated
        M = rng.choice(EMOJI) if rng.random() < 0.5 else ""
        last_op = chs[-1]["op"] if chs else "+"
        if each:
            g = ctx["gs"]
            forms = [f"each {g} gets {N} {M}", f"so {N} per {g}", f"{N} each!!",
                     f"answer: {N}", f"#### {N}", f"so every {g} gets {N} {items}"]
        elif tense == "future":
            forms = [f"{A_self} will have {N} {items} {M}", f"that'll be {N} {items} {M}",
                     f"so {N} {items} in the end", f"answer: {N}", f"#### {N}",
                     f"final answer: {N} {M}", f"it'll be {N} lol"]
        else:
            hv = have_self
            if A_self in ("u", "you", "we", "y'all", "u guys", "they"):
                hv = "have"
            forms = [f"so {A_self} {hv} {N} {items} {M}", f"{A_self} {hv} {N} now {M}",
                     f"answer: {N}", f"#### {N}", f"{N} {items} total {M}",
                     f"that's {N} {items} {M}", f"final answer: {N} no cap",
                     f"so the answer is {N} {M}", f"it's {N} lol", f"so {N} {items} in the end",
                     f"ANSWER IS {N}!!!", f"ok so {N} {items}, easy", f"{N} {M}",
                     f"Answer: {N}"]
            if owner.typ == "i" and style != "chat":
                forms += [f"{N}! ur welcome 💅", f"u end up with {N}"]
            if last_op in "-/":
                forms += [f"{N} {items} left {M}", f"so {A_self} {hv} {N} left"]
        s = rng.choice(forms).strip()
        s = re.sub(r"\s+", " ", s)
        if capital and s[0].isalpha():
            s = s[0].upper() + s[1:]
        steps.append(s)
        return steps


NAMES_LOWER = set(n.lower() for n in NAMES)
# the word that carries an implied factor (doubled / half / a third ...) in a template
WORD_K_TOKENS = ["twice", "triple the", "half", "halv", "middle", "third", "doubl", "tripl",
                 "quadrupl"]


def ctx_each(chs):
    return bool(chs) and "e" in chs[-1]["tmpl"][2]


def _generate_full(seed, count):
    g = Gen(seed)
    rng = g.rng
    recs, metas = [], []
    for i in range(count):
        if rng.random() < 0.45:
            kind = "none"
        else:
            kind = rng.choice(["arithmetic", "operand", "operation", "answer"])
        rec, meta = g.build(kind, None)
        out = {"id": f"aj-{seed}-{i:05d}"}
        out.update(rec)
        recs.append(out)
        metas.append(meta)
    return recs, metas


def generate(seed: int, count: int) -> list[dict]:
    return _generate_full(seed, count)[0]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
