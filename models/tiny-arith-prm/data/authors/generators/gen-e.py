"""gen-e: kid-homework register generator for the tiny-arith PRM.

A child types a homework word problem (toys, pets, snacks, games, trips, parties,
cards, stickers, game coins and gems); a cheerful chat assistant answers step by step.

generate(seed, count) -> list of records (see BRIEF).  Standard library only.
"""
import json
import os
import random
import re

# --------------------------------------------------------------------------------------
# vocabulary (typed for this generator)
# --------------------------------------------------------------------------------------

GIRLS = """Mia Emma Olivia Ava Sophie Lily Chloe Zoe Ella Grace Ruby Hannah Nora Isla Maya Aria Leah
Stella Hazel Violet Luna Penny Daisy Rosie Ivy Clara Alice Lucy Molly Sadie Josie Amara Priya Ananya
Mei Yuki Sakura Keiko Fatima Aisha Zara Leila Noor Sofia Valentina Camila Lucia Elena Mariana Gabriela
Paloma Imani Nia Zuri Amina Kemi Ada Freya Astrid Ingrid Elsa Greta Maeve Niamh Bridget Tess Poppy
Willow Juniper Wren Fern Olive Pearl June Harper Piper Paige Brooke Kayla Jada Tiana Kiara Skye Jasmine
Layla Mina Hana Jia Rina Tala Anika Diya Esme Margo Beatrix Winnie Hattie Lottie Gemma Talia Naomi
Miriam Abby Becca Carmen Rosa Inez Lola Frida Bianca Giulia Chiara""".split()

BOYS = """Leo Max Sam Ben Jack Noah Liam Ethan Owen Lucas Mason Eli Finn Theo Oscar Hugo Felix Jasper
Milo Otis Arlo Rory Caleb Isaac Jonah Miles Wyatt Dylan Tyler Ryan Kevin Marcus Andre Darius Malik
Jamal Kofi Kwame Tunde Chidi Omar Yusuf Hamza Ali Amir Reza Arjun Rohan Ravi Dev Sanjay Hiro Kenji
Taro Sota Jun Wei Chen Bao Minh Diego Mateo Santiago Pablo Javier Luis Carlos Rafael Tomas Nico Marco
Luca Enzo Paolo Sven Lars Erik Anders Olaf Ivan Dmitri Pavel Boris Kai Ezra Silas Gus Hank Walter
Frankie Benny Tommy Joey Danny Bobby Ricky Charlie Archie Alfie Freddie Teddy Ollie Harry Louis Jude
Reggie Percy Rufus Barnaby Cole Blake Trent Zane Jett Brody""".split()

GROUPS = ["the twins", "my cousins", "the scouts", "the Girl Scouts troop", "the kids next door",
          "the Garcia kids", "the soccer team", "our neighbors", "the art club", "the triplets"]

ITEMS = {
    "toy": """stickers|marbles|crayons|trading cards|baseball cards|monster cards|toy cars|race cars|toy trucks|
action figures|dolls|teddy bears|stuffed animals|rubber ducks|bouncy balls|yo-yos|kites|building blocks|
puzzle pieces|dominoes|beads|friendship bracelets|hair clips|hair ties|scrunchies|buttons|seashells|pebbles|
shiny rocks|acorns|pinecones|feathers|paper stars|origami cranes|paper airplanes|pencils|colored pencils|
markers|erasers|glitter pens|gel pens|notebooks|bookmarks|comic books|picture books|stamps|postcards|
coloring pages|chalk sticks|paintbrushes|paper clips|rubber bands|glow sticks|balloons|party hats|
party horns|ribbons|medals|badges|pins|keychains|charms|toy soldiers|dinosaur figures|toy robots|
spaceship models|snow globes|bottle caps|sand dollars|toy trains|train cars|spinning tops|fidget spinners|
water balloons|jump ropes|tennis balls|ping-pong balls|golf balls|soccer cards|basketball cards|
hockey cards|animal figurines|toy horses|plush bunnies|finger puppets|wooden blocks|fridge magnets|
temporary tattoos|sticker sheets|gold star stickers|raffle tickets|prize tickets|arcade tickets|paper dolls|
paper crowns|toy rings|bracelets|necklaces|sea glass pieces|fossils|clay beads|pony beads|trading pins|
bubble wands|model cars|toy planes|toy boats|pirate coins|plastic gems|kazoos|whistles|sock puppets|
mini figures|superhero cards|pet rocks|googly eyes|pipe cleaners|pom-poms|craft sticks|glue sticks|
stencils|rubber stamps|sticky notes|valentines|birthday cards|party favors|confetti poppers|streamers|
birthday candles|toy dinosaurs|spinning wheels|glass beads""",
    "food": """cookies|cupcakes|muffins|donuts|brownies|crackers|pretzels|grapes|strawberries|blueberries|
cherries|apples|bananas|tangerines|carrot sticks|cheese cubes|chicken nuggets|mini pizzas|pancakes|
waffles|gummy bears|gummy worms|jelly beans|lollipops|candy canes|chocolate bars|chocolate coins|
marshmallows|candies|mints|cherry tomatoes|almonds|raisins|apricots|peaches|plums|kiwis|cake pops|
popsicles|fruit snacks|granola bars|rice cakes|dumplings|tacos|mini sandwiches|meatballs|cheese sticks|
apple slices|orange slices|watermelon slices|sugar cookies|oatmeal cookies|cinnamon rolls|bagels|
pretzel bites|churros|macarons|lemon bars|jam tarts|scones|dinner rolls|hot dogs|pickles|snow cones|
fortune cookies|rice balls""",
    "game": """coins|gold coins|gems|blue gems|crystals|diamonds|stars|tokens|points|hearts|energy potions|
health potions|magic keys|power-ups|arrows|lucky clovers|rubies|emeralds|sapphires|scrolls|spell cards|
mushrooms|gold bars|silver coins|star fragments|moon shards|dragon eggs|treasure maps|battle badges|
XP orbs|bolts|gears|bells|magic beans|fire crystals""",
}
for _k in ITEMS:
    ITEMS[_k] = [w.strip() for w in ITEMS[_k].replace("\n", "").split("|") if w.strip()]

# containers for a product start: (plural, singular, preposition, categories)
CONTAINERS = [
    ("boxes", "box", "in", "toy food"), ("bags", "bag", "in", "toy food"), ("packs", "pack", "in", "toy food"),
    ("jars", "jar", "in", "toy food"), ("tins", "tin", "in", "toy food"), ("buckets", "bucket", "in", "toy"),
    ("baskets", "basket", "in", "toy food"), ("trays", "tray", "on", "food"), ("cups", "cup", "in", "toy food"),
    ("bowls", "bowl", "in", "food"), ("envelopes", "envelope", "in", "toy"), ("pouches", "pouch", "in", "toy"),
    ("shelves", "shelf", "on", "toy"), ("rows", "row", "in", "toy food"), ("cartons", "carton", "in", "food"),
    ("crates", "crate", "in", "toy food"), ("bins", "bin", "in", "toy"), ("pages", "page", "on", "toy"),
    ("tubes", "tube", "in", "toy"), ("plates", "plate", "on", "food"), ("sacks", "sack", "in", "toy"),
    ("treasure chests", "treasure chest", "in", "game"), ("loot bags", "loot bag", "in", "game"),
    ("reward boxes", "reward box", "in", "game"), ("mystery boxes", "mystery box", "in", "game"),
    ("magic pouches", "magic pouch", "in", "game"), ("gift crates", "gift crate", "in", "game"),
]

OTHERS = ["{pos} mom", "{pos} dad", "{pos} grandma", "{pos} grandpa", "{pos} aunt", "{pos} uncle",
          "{pos} big sister", "{pos} big brother", "{pos} best friend", "{pos} teacher", "the coach",
          "a friendly neighbor", "the librarian", "{pos} babysitter", "{pos} friend {N2}", "{pos} cousin {N2}",
          "Grandma", "Uncle Pete", "Aunt Rosa", "Coach {N2}", "the lady at the shop", "{pos} stepdad"]
RECIPIENTS = ["{pos} little sister", "{pos} cousin", "a new kid", "{pos} friend {N2}", "{pos} baby brother",
              "the toy drive", "{pos} neighbor", "{pos} best friend", "{N2}", "the kids at the shelter",
              "{pos} classmate {N2}", "{pos} grandma", "the class", "{pos} team"]

TIMES = ["after lunch", "at recess", "on the way home", "the next day", "later", "on Saturday",
         "during the school trip", "at the birthday party", "that afternoon", "before bedtime",
         "in the morning", "at the arcade", "after school", "at the zoo", "on Sunday", "after dinner",
         "during the sleepover", "at the fair", "at the beach", "after the game", "on the bus",
         "during art class", "the day after", "at camp", "that evening"]

# --------------------------------------------------------------------------------------
# change templates.  placeholders:
#   {S} subject  {obj} {pos} {self} {pro} {Spos}  {v:base|s3|past} verb for subject
#   {ov:...} verb for a 3rd-person singular other thing  {pv:...} verb for a plural other thing
#   {be} be for subject  {bepl} be for plural thing  {have} have for subject
#   {n} operand surface  {item}  {O} other person  {R} recipient
# Each entry: (categories, template)
# --------------------------------------------------------------------------------------

ADD = [
    ("toy", "{S} {v:find|finds|found} {n} more {item} under the couch"),
    ("toy food", "{S} {v:buy|buys|bought} {n} {item} at the store"),
    ("toy food game", "{S} {v:win|wins|won} {n} {item} at the school fair"),
    ("toy food game", "{O} {ov:give|gives|gave} {obj} {n} {item}"),
    ("toy food", "{S} {be} given {n} more {item} by {O}"),
    ("toy", "{S} {v:collect|collects|collected} {n} more {item} on the school trip"),
    ("toy", "{S} {v:pick|picks|picked} up {n} {item} at the park"),
    ("toy", "{S} {v:trade|trades|traded} an old comic for {n} more {item}"),
    ("toy food", "{S} {v:get|gets|got} {n} {item} in a party bag"),
    ("toy", "{S} {v:dig|digs|dug} up {n} {item} in the sandbox"),
    ("toy", "{S} {v:spot|spots|spotted} {n} more {item} on the playground and {v:grab|grabs|grabbed} them"),
    ("toy food", "{S} {v:receive|receives|received} {n} {item} in the mail"),
    ("toy", "{S} {v:unwrap|unwraps|unwrapped} a present with {n} {item} inside"),
    ("toy", "{S} {v:bring|brings|brought} home {n} more {item} from school"),
    ("toy food", "{S} {v:make|makes|made} {n} more {item}"),
    ("toy", "{S} {v:borrow|borrows|borrowed} {n} {item} from a friend"),
    ("toy", "{S} {v:scoop|scoops|scooped} up {n} {item} from the prize bin"),
    ("toy food game", "{S} {v:add|adds|added} {n} {item} to {pos} pile"),
    ("toy", "{S} {v:save|saves|saved} up and {v:buy|buys|bought} {n} more {item}"),
    ("toy", "{S} {v:discover|discovers|discovered} {n} {item} in an old box in the attic"),
    ("toy food", "{O} {ov:hand|hands|handed} {obj} {n} extra {item}"),
    ("toy food game", "{O} {ov:send|sends|sent} {obj} {n} {item} for being a good helper"),
    ("toy", "{S} {v:gather|gathers|gathered} {n} more {item} at recess"),
    ("toy game", "{S} {v:earn|earns|earned} {n} {item} for cleaning {pos} room"),
    ("toy", "{S} {v:get|gets|got} back {n} {item} from the lost-and-found"),
    ("toy", "{S} {v:pull|pulls|pulled} {n} {item} out of a surprise egg"),
    ("toy food", "{S} {v:catch|catches|caught} {n} {item} at the parade"),
    ("toy", "{S} {v:pick|picks|picked} out {n} {item} at the gift shop"),
    ("toy food game", "{n} more {item} {bepl} added to {Spos} stash"),
    ("toy", "{S} {v:swap|swaps|swapped} with a classmate and {v:end|ends|ended} up with {n} extra {item}"),
    ("toy", "{S} {v:fish|fishes|fished} {n} {item} out of the toy chest"),
    ("toy food game", "{S} {v:come|comes|came} home with {n} more {item}"),
    ("toy food", "{O} {ov:surprise|surprises|surprised} {obj} with {n} {item}"),
    ("toy food", "{S} {v:take|takes|took} home {n} {item} from the birthday party"),
    ("toy", "{S} {v:grab|grabs|grabbed} {n} more {item} from the craft table"),
    ("toy", "{S} {v:order|orders|ordered} {n} {item} online with {pos} dad"),
    ("toy", "{S} {v:stumble|stumbles|stumbled} upon {n} {item} behind the slide"),
    ("toy", "{S} {v:rescue|rescues|rescued} {n} {item} from under the bed"),
    ("toy food", "{S} {v:pocket|pockets|pocketed} {n} more {item}"),
    ("toy food", "{S} {v:load|loads|loaded} {n} more {item} into {pos} backpack"),
    ("food", "{S} {v:bake|bakes|baked} {n} more {item} with {pos} grandma"),
    ("food", "{S} {v:get|gets|got} {n} {item} at the bake sale"),
    ("food", "{O} {ov:pack|packs|packed} {n} more {item} in {pos} lunchbox"),
    ("food", "{S} {v:buy|buys|bought} {n} {item} at the snack bar"),
    ("food", "{S} {v:pick|picks|picked} up {n} more {item} from the kitchen"),
    ("food", "{S} {v:grab|grabs|grabbed} {n} {item} from the picnic table"),
    ("game", "{S} {v:earn|earns|earned} {n} {item} in the next level"),
    ("game", "{S} {v:unlock|unlocks|unlocked} {n} {item} from a treasure chest"),
    ("game", "{S} {v:score|scores|scored} {n} {item} by beating the boss"),
    ("game", "the game {ov:give|gives|gave} {obj} {n} bonus {item}"),
    ("game", "{S} {v:level|levels|leveled} up and {v:get|gets|got} {n} {item}"),
    ("game", "{S} {v:collect|collects|collected} {n} {item} on the lava level"),
    ("game", "a daily reward {ov:add|adds|added} {n} {item}"),
    ("game", "{S} {v:open|opens|opened} a loot box with {n} {item} inside"),
    ("game", "{S} {v:rack|racks|racked} up {n} more {item}"),
    ("game", "{S} {v:find|finds|found} {n} {item} hidden in a secret cave"),
    ("game", "{S} {v:farm|farms|farmed} {n} more {item} in the forest world"),
    ("game", "{S} {v:claim|claims|claimed} {n} {item} from the prize wheel"),
]

SUB = [
    ("toy food", "{S} {v:give|gives|gave} {n} {item} to {R}"),
    ("toy food", "{S} {v:give|gives|gave} away {n} of them"),
    ("toy", "{S} {v:lose|loses|lost} {n} {item} on the bus"),
    ("toy food", "{S} {v:sell|sells|sold} {n} {item} at the yard sale"),
    ("toy", "{S} {v:drop|drops|dropped} {n} of them down a drain"),
    ("toy food", "{S} {v:donate|donates|donated} {n} {item} to the school"),
    ("toy", "{S} {v:break|breaks|broke} {n} of them by accident"),
    ("toy", "{S} {v:throw|throws|threw} out {n} old {item}"),
    ("toy", "{S} {v:trade|trades|traded} away {n} {item}"),
    ("toy food", "{S} {v:hand|hands|handed} out {n} {item} to {pos} classmates"),
    ("toy", "{S} {v:lend|lends|lent} {n} {item} to {R}"),
    ("toy", "{S} {v:mail|mails|mailed} {n} {item} to {pos} pen pal"),
    ("toy food", "{S} {v:leave|leaves|left} {n} {item} at grandma's house"),
    ("toy", "{S} {v:misplace|misplaces|misplaced} {n} of them"),
    ("toy food", "{pos} puppy {ov:chew|chews|chewed} up {n} of them"),
    ("toy food", "{pos} little brother {ov:take|takes|took} {n} {item}"),
    ("toy", "{S} {v:use|uses|used} {n} {item} for a craft project"),
    ("toy", "{S} {v:use|uses|used} up {n} {item}"),
    ("toy", "{S} {v:give|gives|gave} back {n} {item} to {R}"),
    ("toy food", "{S} {v:pack|packs|packed} {n} of them into a gift box for {R}"),
    ("toy food", "{S} {v:share|shares|shared} {n} {item} with {R}"),
    ("toy", "{S} {v:toss|tosses|tossed} {n} broken {item} in the trash"),
    ("toy", "{S} {v:swap|swaps|swapped} {n} of them for a yo-yo"),
    ("toy food", "{n} of them {pv:roll|roll|rolled} under the fridge"),
    ("toy", "{n} {item} {pv:fall|fall|fell} out of {Spos} pocket"),
    ("toy", "the wind {ov:blow|blows|blew} away {n} of them"),
    ("toy food", "{S} {v:gift|gifts|gifted} {n} {item} to {R}"),
    ("toy", "{S} {v:leave|leaves|left} {n} of them behind at the park"),
    ("toy", "{S} {v:spill|spills|spilled} {n} {item} into the pond"),
    ("toy", "{S} {v:put|puts|put} {n} {item} in the class swap box"),
    ("toy", "{S} {v:rip|rips|ripped} {n} of them by mistake"),
    ("toy food", "{S} {v:pass|passes|passed} {n} {item} to {R}"),
    ("toy food", "{O} {ov:borrow|borrows|borrowed} {n} of them"),
    ("toy", "{S} {v:part|parts|parted} with {n} {item}"),
    ("toy", "{S} {v:sneak|sneaks|snuck} {n} {item} into a friend's backpack as a surprise"),
    ("toy", "{S} {v:bury|buries|buried} {n} of them in the garden and {v:forget|forgets|forgot} where"),
    ("food", "{S} {v:eat|eats|ate} {n} {item}"),
    ("food", "{S} {v:munch|munches|munched} on {n} of them"),
    ("food", "{S} {v:gobble|gobbles|gobbled} up {n} {item}"),
    ("food", "{S} {v:feed|feeds|fed} {n} of them to the ducks"),
    ("food", "{pos} friends {pv:eat|eat|ate} {n} of them at snack time"),
    ("food", "{S} {v:drop|drops|dropped} {n} {item} on the floor and {v:have|has|had} to throw them out"),
    ("food", "{S} {v:sneak|sneaks|snuck} {n} {item} before dinner"),
    ("food", "{S} {v:nibble|nibbles|nibbled} {n} of them"),
    ("food", "{S} {v:snack|snacks|snacked} on {n} {item} during the movie"),
    ("food", "{O} {ov:eat|eats|ate} {n} of them when nobody was looking"),
    ("game", "{S} {v:spend|spends|spent} {n} {item} on a new skin"),
    ("game", "{S} {v:spend|spends|spent} {n} {item} in the shop"),
    ("game", "{S} {v:pay|pays|paid} {n} {item} for a magic sword"),
    ("game", "{S} {v:lose|loses|lost} {n} {item} when {pro} {v:fall|falls|fell} in the lava"),
    ("game", "an upgrade {ov:cost|costs|cost} {obj} {n} {item}"),
    ("game", "a sneaky goblin {ov:steal|steals|stole} {n} {item}"),
    ("game", "{S} {v:use|uses|used} {n} {item} to revive {pos} character"),
    ("game", "{S} {v:trade|trades|traded} {n} {item} for a pet dragon"),
    ("game", "{S} {v:buy|buys|bought} a jetpack for {n} {item}"),
    ("game", "{S} {v:drop|drops|dropped} {n} {item} when a monster {ov:hit|hits|hit} {obj}"),
    ("game", "{S} {v:spend|spends|spent} {n} {item} to unlock a new map"),
    ("game", "{S} {v:give|gives|gave} {n} {item} to a teammate"),
    ("game", "a trap {ov:zap|zaps|zapped} away {n} of {Spos} {item}"),
]

# multiply: (categories, template, fixed factor or None)
MUL = [
    ("toy food game", "{Spos} pile of {item} {ov:become|becomes|became} {n} times bigger", None),
    ("toy food game", "{S} {v:end|ends|ended} up with {n} times as many {item} as before", None),
    ("toy game", "a magic spell {ov:multiply|multiplies|multiplied} {Spos} {item} by {n}", None),
    ("toy food game", "the number of {item} {ov:become|becomes|became} {n} times larger", None),
    ("game", "a power-up {ov:multiply|multiplies|multiplied} {Spos} {item} by {n}", None),
    ("game", "after the bonus round {S} {have} {n} times as many {item}", None),
    ("toy food", "{O} {ov:give|gives|gave} {obj} enough to make {pos} pile {n} times as big", None),
    ("toy game", "{Spos} collection {ov:grow|grows|grew} to {n} times its size", None),
    ("game", "a lucky spin {ov:multiply|multiplies|multiplied} {Spos} {item} by {n}", None),
    ("toy game", "a magic machine {ov:turn|turns|turned} each of {Spos} {item} into {n}", None),
    ("game", "with the bonus card, {Spos} {item} {pv:get|get|got} multiplied by {n}", None),
    ("toy food game", "by the end of the week {S} {have} {n} times as many", None),
    ("toy food game", "{S} {v:double|doubles|doubled} {pos} {item}", 2),
    ("toy food game", "{Spos} {item} {pv:double|double|doubled}", 2),
    ("toy food game", "{S} {v:end|ends|ended} up with twice as many {item}", 2),
    ("toy food", "{O} {ov:double|doubles|doubled} {pos} {item} as a reward", 2),
    ("game", "a double-coin event {ov:double|doubles|doubled} {Spos} {item}", 2),
    ("toy food game", "the number of {item} {ov:double|doubles|doubled}", 2),
    ("toy food game", "{S} {have} twice as many {item} after that", 2),
    ("toy food game", "{S} {v:triple|triples|tripled} {pos} {item}", 3),
    ("toy food game", "{Spos} {item} {pv:triple|triple|tripled}", 3),
    ("game", "a golden chest {ov:triple|triples|tripled} {Spos} {item}", 3),
    ("toy food game", "{S} {v:end|ends|ended} up with triple the {item}", 3),
    ("toy food game", "the number of {item} {ov:triple|triples|tripled}", 3),
    ("toy food game", "{S} {have} three times as many {item} by the weekend", 3),
]

DIV = [
    ("toy food", "{S} {v:share|shares|shared} them equally among {n} friends and {v:keep|keeps|kept} one share", None),
    ("toy food game", "{S} {v:split|splits|split} them into {n} equal piles and {v:keep|keeps|kept} one pile", None),
    ("toy food", "{S} {v:divide|divides|divided} {pos} {item} evenly into {n} bags and {v:keep|keeps|kept} just one bag", None),
    ("toy food game", "{S} {v:sort|sorts|sorted} them into {n} equal groups and {v:keep|keeps|kept} only one group", None),
    ("toy game", "{S} {v:deal|deals|dealt} them out evenly to {n} players, {self} included, and {v:keep|keeps|kept} {pos} share", None),
    ("toy food", "{S} {v:pack|packs|packed} them equally into {n} boxes and {v:keep|keeps|kept} one box", None),
    ("food", "{S} {v:spread|spreads|spread} them evenly over {n} plates and {v:keep|keeps|kept} one plate", None),
    ("toy food game", "{S} {v:split|splits|split} {pos} {item} fairly between {n} teams and {v:keep|keeps|kept} one team's share", None),
    ("toy food", "{S} {v:share|shares|shared} them out evenly among {n} kids at the party and {v:get|gets|got} one share {self}", None),
    ("toy food", "{S} {v:put|puts|put} them into {n} equal stacks and {v:keep|keeps|kept} a single stack", None),
    ("toy food game", "{S} {v:give|gives|gave} half of them to {R}", 2),
    ("food", "{S} {v:eat|eats|ate} half of them", 2),
    ("toy food", "{S} {v:keep|keeps|kept} half and {v:give|gives|gave} the rest away", 2),
    ("toy game", "{S} {v:lose|loses|lost} half of {pos} {item}", 2),
    ("food", "{Spos} {item} {pv:get|get|got} cut down to half", 2),
    ("game", "{S} {v:spend|spends|spent} half of {pos} {item}", 2),
    ("toy food", "{S} {v:sell|sells|sold} half of them", 2),
    ("toy food game", "{S} {v:halve|halves|halved} {pos} pile of {item}", 2),
    ("game", "a dragon {ov:burn|burns|burned} half of {Spos} {item}", 2),
    ("toy food game", "{S} {v:keep|keeps|kept} only a third of them", 3),
    ("toy food", "{S} {v:split|splits|split} them three ways and {v:keep|keeps|kept} one part", 3),
    ("toy food game", "{S} {v:keep|keeps|kept} just a quarter of them", 4),
    ("toy food", "{S} {v:split|splits|split} them four ways with {pos} friends and {v:keep|keeps|kept} one part", 4),
]

STARTS = [
    ("toy food game", "{S} {have} {n} {item}"),
    ("toy food game", "{S} {v:start|starts|started} with {n} {item}"),
    ("toy", "{S} {v:own|owns|owned} {n} {item}"),
    ("toy", "{S} {v:count|counts|counted} {n} {item} in {pos} backpack"),
    ("toy", "{S} {v:keep|keeps|kept} {n} {item} in a shoebox under {pos} bed"),
    ("toy food game", "at first, {S} {have} {n} {item}"),
    ("toy", "{S} {have} {n} {item} in {pos} collection"),
    ("toy", "there {bepl} {n} {item} in {Spos} toy box"),
    ("toy food", "{Spos} jar {ov:hold|holds|held} {n} {item}"),
    ("toy food", "{S} {v:bring|brings|brought} {n} {item} to school"),
    ("toy food", "{S} {v:get|gets|got} {n} {item} for {pos} birthday"),
    ("toy", "{S} {v:save|saves|saved} {n} {item} over the summer"),
    ("game", "in {pos} favorite game, {S} {have} {n} {item}"),
    ("game", "{Spos} game account {ov:show|shows|showed} {n} {item}"),
    ("game", "{S} {v:begin|begins|began} the level with {n} {item}"),
    ("food", "{S} {v:bring|brings|brought} {n} {item} to the picnic"),
    ("food", "{Spos} lunchbox {ov:have|has|had} {n} {item} in it"),
    ("food", "{S} {v:buy|buys|bought} a bag of {n} {item}"),
    ("toy food", "{S} {v:come|comes|came} back from the store with {n} {item}"),
]

PSTARTS = [
    "{S} {have} {a} {cpl} of {item} with {b} {item} {prep} each {csg}",
    "{S} {v:buy|buys|bought} {a} {cpl} of {item}. each {csg} {ov:have|has|had} {b} {item}",
    "there {bepl} {a} {cpl} in {Spos} room, and each one {ov:hold|holds|held} {b} {item}",
    "{S} {v:fill|fills|filled} {a} {cpl} with {b} {item} each",
    "{S} {v:get|gets|got} {a} {cpl} of {item}, and every {csg} {ov:have|has|had} {b} {prep} it",
    "{S} {have} {b} {item} {prep} each of {a} {cpl}",
    "{S} {v:line|lines|lined} up {a} {cpl} with {b} {item} {prep} every {csg}",
    "{S} {v:open|opens|opened} {a} {cpl}. there {bepl} {b} {item} {prep} each one",
]

DISTRACT = [
    "it {is} a sunny day", "then something funny {v3:happen|happens|happened}", "{S} {be} super excited",
    "{pos} dog {ov:wag|wags|wagged} its tail", "the bus {is} really noisy", "everyone {pv:sing|sing|sang} a song",
    "it {ov:start|starts|started} to rain a little", "{S} {v:love|loves|loved} {item} so much",
    "{pos} favorite color {is} purple", "the sky {is} super blue", "{S} {v:laugh|laughs|laughed} a lot",
    "{pos} cat {ov:watch|watches|watched} from the window", "it {is} the best day ever",
    "{S} {v:wear|wears|wore} {pos} lucky hat", "the teacher {ov:smile|smiles|smiled}",
    "{S} {v:feel|feels|felt} a little sleepy", "there {is} cake at the party", "{pos} hamster {ov:run|runs|ran} on its wheel",
    "they {pv:play|play|played} tag for a while", "the park {is} very crowded", "{S} {v:skip|skips|skipped} all the way there",
    "{pos} goldfish {ov:blow|blows|blew} bubbles", "nobody {ov:know|knows|knew} why", "{S} {v:hum|hums|hummed} a tune",
    "the weather {is} cold and windy", "oh no", "yay", "{S} {be} so happy about it", "it {is} kind of a crazy week",
    "{pos} puppy {ov:bark|barks|barked} at the mailman", "{S} {v:want|wants|wanted} to be a scientist",
    "the zoo {is} full of kids", "the music {is} loud", "{pos} shoes {pv:get|get|got} muddy",
    "{S} {v:name|names|named} {pos} favorite one Sparkle", "{pos} turtle {ov:take|takes|took} a nap",
    "the game {is} really hard", "{S} {v:tell|tells|told} a joke", "everyone {ov:clap|claps|clapped}",
    "{pos} parrot {ov:squawk|squawks|squawked} hello", "the ice cream truck {ov:drive|drives|drove} by",
    "{S} {v:do|does|did} a little dance", "that {is} a lot", "{S} {v:keep|keeps|kept} them very neat",
]

INTROS = ["hi can u help me with my homework?", "ok this one is hard:", "my teacher gave us this one.",
          "Word problem:", "pls help!!", "Here is my math question.", "i dont get this one:",
          "Can you help me?", "hello! homework question:", "this is from my worksheet:"]

QUESTIONS = [
    "how many {item} {do} {S} have now?",
    "how many {item} {do} {S} have left?",
    "how many {item} {do} {S} have at the end?",
    "how many {do} {S} have now?",
    "what is the number of {item} {S} {have} now?",
    "how many {item} {bepl} in {Spos} collection now?",
    "how many {item} {do} {S} end up with?",
    "can you tell me how many {item} {S} {have} now?",
    "so how many {item} now?",
    "how many {item} {bepl} there at the end?",
    "how many {item} {bepl} left?",
    "find how many {item} {S} {have} at the end.",
    "how many {item} {do} {S} have in the end?",
    "what's the total number of {item} now?",
    "how many {item} does that leave?",
    "how many {item} {do} {S} have after all that?",
    "how many {item} {do} {S} have now, in all?",
    "how many are there now?",
]

NUMW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
TENS = {30: "thirty", 40: "forty", 50: "fifty", 60: "sixty", 70: "seventy", 80: "eighty", 90: "ninety"}


def num_word(n):
    if n <= 20:
        return NUMW[n]
    if n in TENS:
        return TENS[n]
    if n < 100:
        t = (n // 10) * 10
        return ("twenty" if t == 20 else TENS[t]) + "-" + NUMW[n % 10]
    return None


# --------------------------------------------------------------------------------------
# subjects
# --------------------------------------------------------------------------------------

class Subj:
    def __init__(self, kind, ref, rng):
        self.kind = kind  # 'f' 'm' 'p' (group) 'I' 'we'
        self.ref = ref
        if kind == "f":
            self.pro, self.obj, self.pos, self.self_ = "she", "her", "her", "herself"
        elif kind == "m":
            self.pro, self.obj, self.pos, self.self_ = "he", "him", "his", "himself"
        elif kind == "p":
            self.pro, self.obj, self.pos, self.self_ = "they", "them", "their", "themselves"
        elif kind == "I":
            self.pro, self.obj, self.pos, self.self_ = "I", "me", "my", "myself"
        else:
            self.pro, self.obj, self.pos, self.self_ = "we", "us", "our", "ourselves"
        self.person = {"f": "3", "m": "3", "p": "p", "I": "I", "we": "p"}[kind]
        if kind in ("I", "we"):
            self.spos = self.pos
        elif ref.endswith("s") and kind == "p":
            self.spos = ref + "'"
        else:
            self.spos = ref + "'s"


def conj(spec, person, tense):
    if spec == "be":
        if tense == "past":
            return "were" if person == "p" else "was"
        return {"I": "am", "3": "is", "p": "are"}[person]
    base, s3, past = spec.split("|")
    if tense == "past":
        return past
    return s3 if person == "3" else base


def cap(s):
    for i, ch in enumerate(s):
        if ch in " *(\"'":
            continue
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        return s
    return s


def cap_sentences(text):
    parts = re.split(r"(\. )", text)
    return "".join(cap(p) if i % 2 == 0 else p for i, p in enumerate(parts))


_PH = re.compile(r"\{([a-zA-Z0-9_]+)(?::([^}]*))?\}")


class Renderer:
    """Renders templates for one problem (tense, subject, mention state)."""

    def __init__(self, rng, subj, tense, item, name2):
        self.rng, self.subj, self.tense, self.item, self.name2 = rng, subj, tense, item, name2
        self.mentioned = False

    def sref(self):
        s = self.subj
        if s.kind in ("I", "we"):
            return s.pro
        if self.mentioned and self.rng.random() < 0.55:
            return s.pro
        self.mentioned = True
        return s.ref

    def spos(self):
        s = self.subj
        if s.kind in ("I", "we"):
            return s.pos
        if self.mentioned and self.rng.random() < 0.6:
            return s.pos
        self.mentioned = True
        return s.spos

    def render(self, tpl, n_surface=None, extra=None):
        s, tense = self.subj, self.tense
        extra = extra or {}

        def rep(m):
            key, arg = m.group(1), m.group(2)
            if key in extra:
                return extra[key]
            if key == "S":
                return self.sref()
            if key == "Spos":
                return self.spos()
            if key == "obj":
                return s.obj
            if key == "pos":
                return s.pos
            if key == "self":
                return s.self_
            if key == "pro":
                return s.pro
            if key == "v":
                return conj(arg, s.person, tense)
            if key in ("ov", "v3"):
                return conj(arg, "3", tense)
            if key == "pv":
                return conj(arg, "p", tense)
            if key == "be":
                return conj("be", s.person, tense)
            if key == "bepl":
                return conj("be", "p", tense)
            if key == "is":
                return conj("be", "3", tense)
            if key == "have":
                return conj("have|has|had", s.person, tense)
            if key == "do":
                return conj("do|does|did", s.person, tense)
            if key == "n":
                return n_surface
            if key == "item":
                return self.item
            if key == "O":
                return self.render(self.rng.choice(OTHERS))
            if key == "R":
                return self.render(self.rng.choice(RECIPIENTS))
            if key == "N2":
                return self.name2
            raise KeyError(key)

        return _PH.sub(rep, tpl)


def surface(rng, n, wordy):
    """How a number is written in the problem."""
    if n == 12 and rng.random() < 0.45 * wordy:
        return "a dozen"
    w = num_word(n)
    if w is not None:
        if (n <= 20 or n in TENS) and rng.random() < 0.35 * wordy:
            return w
        if "-" in w and rng.random() < 0.12 * wordy:
            return w
    return str(n)


# --------------------------------------------------------------------------------------
# problem numbers
# --------------------------------------------------------------------------------------

def pick_ops(rng, start, n_changes, cat):
    """Returns list of (op, b, fixed_template_or_None) with a valid true chain."""
    ops = []
    val = start
    for _ in range(n_changes):
        for _try in range(30):
            op = rng.choices(["+", "-", "*", "/"], weights=[30, 31, 16, 23])[0]
            if op == "+":
                r = rng.random()
                b = rng.randint(2, 12) if r < 0.45 else rng.randint(10, 60) if r < 0.8 else rng.randint(40, 350)
                if val + b > 9999:
                    continue
                ops.append(("+", b))
                val += b
                break
            if op == "-":
                if val < 4:
                    continue
                cap_b = min(999, max(2, int(val * rng.choice([0.3, 0.5, 0.8, 0.95]))))
                b = rng.randint(2, cap_b)
                if b >= val:
                    continue
                ops.append(("-", b))
                val -= b
                break
            if op == "*":
                if val > 2500 or val < 2:
                    continue
                r = rng.random()
                b = 2 if r < 0.4 else 3 if r < 0.65 else rng.randint(4, 6) if r < 0.9 else rng.randint(7, 10)
                if val * b > 9999:
                    continue
                ops.append(("*", b))
                val *= b
                break
            if op == "/":
                divs = [d for d in range(2, 13) if val % d == 0 and val // d >= 2]
                if not divs:
                    continue
                w = [6 if d == 2 else 4 if d in (3, 4) else 2 if d <= 6 else 1 for d in divs]
                b = rng.choices(divs, weights=w)[0]
                ops.append(("/", b))
                val //= b
                break
        else:
            return None
    return ops


def apply(a, op, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b if a >= b else None
    if op == "*":
        return a * b
    if op == "/":
        return a // b if b and a % b == 0 else None
    raise ValueError(op)


# --------------------------------------------------------------------------------------
# solution wording
# --------------------------------------------------------------------------------------

SYM = {
    "ascii": {"+": "+", "-": "-", "*": "*", "/": "/"},
    "uni": {"+": "+", "-": "−", "*": "×", "/": "÷"},
    "mixed": {"+": "+", "-": "-", "*": "×", "/": "÷"},
    "mixed2": {"+": "+", "-": "-", "*": "*", "/": "÷"},
}

STEP_T = {
    "+": [
        "{Sol} {sv:get|gets|got} {b} more, so {eq}.",
        "add the {b} new {item}: {eq}.",
        "{Sol} {sv:have|has|had} {a} and {sv:add|adds|added} {b}, so {eq} {item}.",
        "adding {b}: {eq}. That makes {c} {item}!",
        "plus {b} more gives us {eq}.",
        "we add because {Sol} {sv:get|gets|got} more: {eq}.",
        "more {item} means adding, so {eq}.",
        "{a} plus {b}: {eq}.",
        "{eq}, so now there are {c} {item}.",
        "{Sol} {sv:pick|picks|picked} up {b} more ({eq}).",
        "time to add! {eq}.",
        "the {b} extra {item} go on top: {eq}.",
    ],
    "-": [
        "{Sol} {sv:lose|loses|lost} {b}, so we subtract: {eq}.",
        "take away {b}: {eq}. Now there are {c} {item}.",
        "{eq}, because {b} {item} are gone.",
        "{b} of them leave the pile, so {eq}.",
        "subtract the {b} {item}: {eq}.",
        "{Sol} {sv:give|gives|gave} away {b}, so {eq} {item} are left.",
        "{a} minus {b}: {eq}.",
        "those {b} are gone now ({eq}).",
        "we take {b} away from {a}: {eq}.",
        "fewer {item} means subtracting, so {eq}. That leaves {c}.",
        "{eq}, and that leaves {c} {item}.",
    ],
    "*": [
        "multiply by {b}: {eq}.",
        "{b} times as many means we multiply: {eq}.",
        "{eq}, because the pile gets {b} times bigger.",
        "times {b}! {eq} {item}.",
        "{a} groups of {b} is {eq}.",
        "we multiply {a} by {b}: {eq}.",
        "that's a multiply step ({eq}), so {Sol} now {solhave} {c}.",
        "{eq}. Wow, that makes {c} {item}!",
    ],
    "/": [
        "{Sol} {sv:keep|keeps|kept} one of {b} equal shares: {eq}.",
        "splitting {a} into {b} equal groups gives {eq}.",
        "divide by {b}: {eq}.",
        "{eq}, so each share has {c} {item}.",
        "sharing equally means dividing, {eq}.",
        "{a} split {b} ways is {eq}.",
        "we divide: {eq}. So {Sol} {solhave} {c} {item}.",
        "one share out of {b}: {eq}.",
    ],
    "P": [
        "{a} {cpl} with {b} in each means {eq} {item}.",
        "first find how many {item} there are at the start: {eq}.",
        "{a} groups of {b}: {eq}.",
        "multiply to get the starting number: {eq}.",
        "{Sol} {solstart} {eq} {item}.",
        "the {cpl} hold {eq} {item} in total.",
        "the starting number is {eq}.",
    ],
}
PROD_WRONG = ["first find the starting number: {eq}.", "{eq} {item} to start.", "the start is {eq}.",
              "putting the {cpl} together: {eq}."]
STEP_FIXED = {
    ("*", 2): ["doubling means times 2: {eq}.", "twice as many: {eq}.", "double it! {eq}."],
    ("*", 3): ["tripling means times 3: {eq}.", "triple it: {eq}."],
    ("/", 2): ["half of {a} is {eq}.", "cut it in half: {eq}.", "halving: {eq}."],
    ("/", 3): ["a third of {a}: {eq}."],
    ("/", 4): ["a quarter of {a} is {eq}."],
}
STEP_ANY = [
    "{eq}.", "{eq} {item}.", "that gives {eq}.", "the math is {eq}.",
    "{eq}, which means {Sol} {solhave} {c} {item}.", "{eq}, that makes {c} {item}.",
    "we get {eq}.", "now it's {eq}.",
]
OPEN_FIRST = ["", "", "Let's start! ", "Great question! First, ", "Okay, so ", "First, ", "Sure! First ",
              "Alright, let's go step by step. ", "Let's figure it out. ", "Good one! To start, "]
OPEN_MID = ["", "", "", "Now ", "After that, ", "Next, ", "Then ", "Next up: ", "Okay, now ", "And then ",
            "Cool, next ", "Then, "]
OPEN_LAST = ["", "", "Finally, ", "Last step: ", "Now ", "Then ", "And last, ", "After that, "]

FINAL_T = [
    "So {Sol} {solhave} {c} {item} now!", "The answer is {c}.", "#### {c}", "**Answer:** {c}",
    "Final answer: {c} {item}", "{Sol} {sv:end|ends|ended} up with {c} {item}. Yay!",
    "So the answer is **{c}** {item}.", "Answer: {c}", "Ta-da! {c} {item}.",
    "There you go: {c} {item} in the end.", "And that's it, {c} {item}!", "So that's {c} {item}.",
    "That means the answer is {c} {item}!", "{Sol} {solhave} {c} {item} in the end. #### {c}",
    "The final answer is {c}.", "So there are {c} {item} at the end!", "Hope that helps! The answer is {c}.",
    "**{c} {item}**", "Final answer: {c}",
]


class SolRenderer:
    def __init__(self, rng, subj, tense, item, cont):
        self.rng, self.subj, self.tense, self.item, self.cont = rng, subj, tense, item, cont
        if subj.kind in ("I", "we"):
            self.ref, self.pro, self.person = "you", "you", "p"
        else:
            self.ref, self.pro, self.person = subj.ref, subj.pro, subj.person
        self.soltense = tense if rng.random() < 0.5 else "present"

    def who(self):
        return self.pro if self.rng.random() < 0.5 else self.ref

    def render(self, tpl, a=None, b=None, c=None, eq=None):
        def rep(m):
            key, arg = m.group(1), m.group(2)
            if key == "Sol":
                return self.who()
            if key == "sv":
                return conj(arg, self.person, self.tense)
            if key == "solhave":
                return conj("have|has|had", self.person, self.soltense)
            if key == "solstart":
                return conj("start|starts|started", self.person, self.tense) + " with"
            if key == "a":
                return str(a)
            if key == "b":
                return str(b)
            if key == "c":
                return str(c)
            if key == "eq":
                return eq
            if key == "item":
                return self.item
            if key == "cpl":
                return self.cont[0] if self.cont else "groups"
            raise KeyError(key)
        return _PH.sub(rep, tpl)


# --------------------------------------------------------------------------------------
# errors
# --------------------------------------------------------------------------------------

def digits_swap(n):
    s = str(n)
    opts = []
    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t[0] != "0":
                opts.append(int(t))
    return opts


def one_digit_off(n):
    s = str(n)
    opts = []
    for i, ch in enumerate(s):
        for d in (int(ch) - 1, int(ch) + 1):
            if 0 <= d <= 9 and not (i == 0 and d == 0 and len(s) > 1):
                opts.append(int(s[:i] + str(d) + s[i + 1:]))
    return opts


def no_carry_add(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(max(len(sa), len(sb))):
        da = int(sa[i]) if i < len(sa) else 0
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str((da + db) % 10))
    return int("".join(out[::-1]))


def no_borrow_sub(a, b):
    sa, sb = str(a)[::-1], str(b)[::-1]
    out = []
    for i in range(len(sa)):
        da = int(sa[i])
        db = int(sb[i]) if i < len(sb) else 0
        out.append(str(abs(da - db)))
    return int("".join(out[::-1]))


def arith_slips(a, op, b, c, rng):
    opts = [c + 1, c - 1]
    if c >= 20:
        opts += [c + 10, c - 10]
    opts += digits_swap(c) + one_digit_off(c)
    if op == "+":
        opts.append(no_carry_add(a, b))
        opts.append(c + 10)
    elif op == "-":
        opts.append(no_borrow_sub(a, b))
        opts.append(c - 10 if c >= 10 else c + 10)
    elif op == "*":
        opts += [a * (b + 1), a * (b - 1), c + 10]
    elif op == "/":
        opts += [c + 2, c - 2]
    opts = [x for x in opts if x >= 0 and x != c and x <= 99999]
    rng.shuffle(opts)
    return opts


def operand_slips(val, rng, others):
    opts = [val + 1, val - 1] + digits_swap(val) + one_digit_off(val)
    if val >= 15:
        opts += [val + 10, val - 10]
    opts = [x for x in opts if x >= 1 and x != val]
    rng.shuffle(opts)
    near = [o for o in others if o != val and o >= 1]
    rng.shuffle(near)
    # wrong number taken from the problem is a common slip: put some first
    if near and rng.random() < 0.5:
        opts = near + opts
    else:
        opts = opts + near
    return opts


WRONG_OP = {"+": ["-", "-", "-", "-", "*"], "-": ["+"], "*": ["+", "+", "+", "/"], "/": ["*", "*", "-", "-"],
            "P": ["+"]}


def wrong_ops(op, b, first_product):
    if first_product:
        return ["+"]
    ops = list(WRONG_OP[op])
    if op == "+" and b > 10:
        ops = [o for o in ops if o != "*"]
    return ops


def continue_chain(steps, from_idx, ops_true):
    """Recompute steps after from_idx from the previous written c, with the true op and operand."""
    for j in range(from_idx + 1, len(steps)):
        a = steps[j - 1][3]
        op, b = ops_true[j]
        c = apply(a, op, b)
        if c is None or c > 99999:
            return False
        steps[j] = (a, op, b, c)
    return True


def inject(kind, pos, steps_true, ops_true, prob_numbers, is_product, rng):
    """Return (steps, final_number) or None.  steps: list of (a, op, b, c) with op in + - * /."""
    steps = list(steps_true)
    true_final = steps_true[-1][3]
    if kind == "answer":
        cands = [true_final + 1, true_final - 1] + digits_swap(true_final) + one_digit_off(true_final)
        cands += [s[3] for s in steps_true[:-1]] + [true_final + 10, true_final - 10]
        cands += [s[2] for s in steps_true[-1:]]
        cands = [x for x in cands if x >= 0 and x != true_final]
        if not cands:
            return None
        return steps, rng.choice(cands)
    a, op, b, c = steps[pos]
    for _ in range(12):
        if kind == "arithmetic":
            cands = arith_slips(a, op, b, c, rng)
            if not cands:
                return None
            new = (a, op, b, cands[0] if rng.random() < 0.6 else rng.choice(cands))
        elif kind == "operation":
            choices = wrong_ops(op, b, pos == 0 and is_product)
            wop = rng.choice(choices)
            nc = apply(a, wop, b)
            if nc is None or nc == c or nc > 99999:
                wop = [o for o in choices if o != wop]
                if not wop:
                    return None
                wop = wop[0]
                nc = apply(a, wop, b)
                if nc is None or nc == c or nc > 99999:
                    return None
            new = (a, wop, b, nc)
        else:  # operand
            if pos == 0 and is_product:
                which = rng.choice(["a", "b"])
            elif pos > 0 and rng.random() < 0.35:
                which = "a"
            elif b in (2, 3, 4) and rng.random() < 0.7 and pos > 0:
                which = "a"
            else:
                which = "b" if (pos > 0 or rng.random() < 0.6) else "a"
            if which == "a":
                earlier = [s[0] for s in steps_true[:pos]] if pos > 0 else []
                cands = operand_slips(a, rng, earlier + ([x for x in prob_numbers] if pos == 0 else []))
                if pos > 0 and earlier and rng.random() < 0.4:
                    cands = [e for e in earlier if e != a] + cands
                found = None
                for na in cands:
                    nc = apply(na, op, b)
                    if nc is not None and nc != c and nc <= 99999 and na >= 1:
                        found = (na, op, b, nc)
                        break
            else:
                cands = operand_slips(b, rng, [x for x in prob_numbers if x != b])
                found = None
                for nb in cands:
                    if op == "/" and (nb < 2):
                        continue
                    if op == "*" and nb < 2:
                        continue
                    nc = apply(a, op, nb)
                    if nc is not None and nc != c and nc <= 99999:
                        found = (a, op, nb, nc)
                        break
            if found is None:
                continue
            new = found
        steps[pos] = new
        if continue_chain(steps, pos, ops_true):
            return steps, steps[-1][3]
        steps = list(steps_true)
    return None


# --------------------------------------------------------------------------------------
# one record
# --------------------------------------------------------------------------------------

def fmt_eq(a, op, b, c, sym, rng):
    core = f"{a} {sym[op]} {b} = {c}"
    r = rng.random()
    if r < 0.13:
        return f"**{core}**", core
    if r < 0.24:
        return f"({core})", core
    return core, core


def build_problem(rng):
    cat = rng.choices(["toy", "food", "game"], weights=[50, 25, 25])[0]
    item = rng.choice(ITEMS[cat])
    r = rng.random()
    if r < 0.62:
        g = rng.choice("fm")
        subj = Subj(g, rng.choice(GIRLS if g == "f" else BOYS), rng)
    elif r < 0.72:
        if rng.random() < 0.5:
            subj = Subj("p", rng.choice(GROUPS), rng)
        else:
            n1, n2 = rng.sample(GIRLS + BOYS, 2)
            subj = Subj("p", f"{n1} and {n2}", rng)
    elif r < 0.92:
        subj = Subj("I", "I", rng)
    else:
        subj = Subj("we", "we", rng)
    name2 = rng.choice(GIRLS + BOYS)
    while subj.ref.find(name2) >= 0:
        name2 = rng.choice(GIRLS + BOYS)
    tense = "past" if rng.random() < 0.6 else "present"
    product = rng.random() < 0.22
    n_changes = rng.choices([1, 2, 3, 4, 5], weights=[13, 28, 29, 19, 11])[0]
    cont = None
    if product:
        n_changes = min(n_changes, 4)
        conts = [c for c in CONTAINERS if cat in c[3]]
        cont = rng.choice(conts)
        if cont[0] in ("rows", "pages", "shelves") and rng.random() < 0.5:
            pa, pb = rng.randint(5, 30), rng.randint(5, 30)
        else:
            pa, pb = rng.randint(2, 12), rng.randint(2, 25)
        start_val = pa * pb
        start = ("product", pa, pb)
    else:
        rr = rng.random()
        if rr < 0.02:
            start_val = 1000
        elif rr < 0.45:
            start_val = rng.randint(5, 60)
        elif rr < 0.85:
            start_val = rng.randint(20, 200)
        else:
            start_val = rng.randint(100, 999)
        if rng.random() < 0.5 and start_val < 1000:
            k = rng.choice([2, 3, 4, 5, 6, 8, 10, 12])
            start_val = max(k, (start_val // k) * k)
        start = ("plain", start_val)
    ops = pick_ops(rng, start_val, n_changes, cat)
    if ops is None:
        return None
    return dict(cat=cat, item=item, subj=subj, name2=name2, tense=tense, start=start, start_val=start_val,
                ops=ops, cont=cont)


def pick_template(rng, op, b, cat, used):
    if op == "+":
        pool = [(t, None) for c, t in ADD if cat in c.split()]
    elif op == "-":
        pool = [(t, None) for c, t in SUB if cat in c.split()]
    elif op == "*":
        pool = [(t, f) for c, t, f in MUL if cat in c.split() and (f is None or f == b)]
    else:
        pool = [(t, f) for c, t, f in DIV if cat in c.split() and (f is None or f == b)]
    fresh = [p for p in pool if p[0] not in used]
    pool = fresh or pool
    # give fixed-factor wordings a fair chance when they apply
    fixed = [p for p in pool if p[1] is not None]
    if fixed and rng.random() < 0.55:
        return rng.choice(fixed)
    return rng.choice(pool)


def render_problem(rng, P):
    subj, item, cat = P["subj"], P["item"], P["cat"]
    R = Renderer(rng, subj, P["tense"], item, P["name2"])
    wordy = rng.choice([0.0, 0.5, 1.0, 1.6])
    sentences = []
    numbers = []
    if rng.random() < 0.08:
        sentences.append(("intro", rng.choice(INTROS)))
    if rng.random() < 0.15:
        sentences.append(("s", R.render(rng.choice(DISTRACT))))
    # start
    if P["start"][0] == "product":
        _, pa, pb = P["start"]
        cpl, csg, prep, _ = P["cont"]
        tpl = rng.choice(PSTARTS)
        sa, sb = surface(rng, pa, wordy), surface(rng, pb, wordy)
        numbers += [pa, pb]
        # make sure the subject is named in the start sentence
        if "{S}" not in tpl.split(".")[0] and "{Spos}" not in tpl.split(".")[0]:
            tpl = "{S} {v:look|looks|looked} around. " + tpl
        txt = R.render(tpl, extra={"a": sa, "b": sb, "cpl": cpl, "csg": csg, "prep": prep})
        sentences.append(("s", txt))
        surfaces = [sa, sb]
    else:
        v = P["start_val"]
        pool = [t for c, t in STARTS if cat in c.split()]
        tpl = rng.choice(pool)
        sv = surface(rng, v, wordy)
        numbers.append(v)
        sentences.append(("s", R.render(tpl, sv)))
        surfaces = [sv]
    used = set()
    clauses = []
    for op, b in P["ops"]:
        tpl, fixed = pick_template(rng, op, b, cat, used)
        used.add(tpl)
        if fixed is None:
            sb = surface(rng, b, wordy)
            surfaces.append(sb)
        else:
            sb = None
            surfaces.append(None)
        numbers.append(b)
        clauses.append((tpl, sb))
    # group changes into sentences
    i = 0
    while i < len(clauses):
        tpl, sb = clauses[i]
        if (i + 1 < len(clauses) and tpl.startswith("{S} ") and clauses[i + 1][0].startswith("{S} ")
                and rng.random() < 0.3):
            tpl2, sb2 = clauses[i + 1]
            first = R.render(tpl, sb)
            vp2 = R.render(tpl2[4:], sb2)
            joiner = rng.choice([" and then ", ", then ", ", and after that " + subj.pro + " ",
                                 " and later ", ", and then " + subj.pro + " "])
            txt = first + joiner + vp2
            if rng.random() < 0.25:
                txt = rng.choice(["first ", "so "]) + txt
            sentences.append(("s", txt))
            i += 2
        else:
            txt = R.render(tpl, sb)
            r = rng.random()
            if r < 0.22:
                txt = rng.choice(TIMES) + ", " + txt
            elif r < 0.32:
                txt = txt + " " + rng.choice(TIMES)
            elif r < 0.47 and i > 0:
                txt = rng.choice(["then ", "later ", "next ", "after that, ", "and then "]) + txt
            sentences.append(("s", txt))
            i += 1
        nxt = clauses[i][0] if i < len(clauses) else ""
        if rng.random() < 0.14 and "them" not in nxt:
            sentences.append(("s", R.render(rng.choice(DISTRACT))))
    q = R.render(rng.choice(QUESTIONS))
    style = rng.choices(["normal", "lower", "excited"], weights=[72, 13, 15])[0]
    parts = []
    for kind, txt in sentences:
        if kind == "intro":
            parts.append(txt)
            continue
        txt = cap_sentences(cap(txt))
        end = "."
        if style == "excited" and rng.random() < 0.3:
            end = "!"
        if style == "lower" and rng.random() < 0.15:
            end = ""
        parts.append(txt + end)
    q = cap(q)
    if style == "excited":
        q = q.rstrip("?.") + rng.choice(["??", "?!", "???"]) if q.endswith("?") else q
    parts.append(q)
    text = " ".join(parts)
    if style == "lower":
        text = text.lower()
    return text, surfaces, numbers


def render_steps(rng, P, steps, final_number):
    subj, item = P["subj"], P["item"]
    S = SolRenderer(rng, subj, P["tense"], item, P["cont"])
    sym = SYM[rng.choice(list(SYM))]
    numbered = rng.random() < 0.2
    is_product = P["start"][0] == "product"
    out = []
    n = len(steps)
    for k, (a, op, b, c) in enumerate(steps):
        eq, core = fmt_eq(a, op, b, c, sym, rng)
        if k == 0 and is_product:
            fam = "P" if op == "*" else "P?"
        else:
            fam = op
        pool = list(STEP_T[fam]) if fam != "P?" else list(PROD_WRONG)
        if fam not in ("P", "P?"):
            pool += STEP_FIXED.get((op, b), []) * 2
        if rng.random() < 0.25:
            pool = STEP_ANY
        tpl = rng.choice(pool)
        body = S.render(tpl, a=a, b=b, c=c, eq=eq)
        if numbered:
            opening = f"Step {k + 1}: "
        elif k == 0:
            opening = rng.choice(OPEN_FIRST)
        elif k == n - 1:
            opening = rng.choice(OPEN_LAST)
        else:
            opening = rng.choice(OPEN_MID)
        if opening.endswith((": ", "! ", ". ")):
            text = opening + cap(body)
        else:
            text = opening + body
        out.append(cap(text))
    ftpl = rng.choice(FINAL_T)
    out.append(cap(S.render(ftpl, c=final_number)))
    return out


def true_chain(P):
    steps = []
    if P["start"][0] == "product":
        _, pa, pb = P["start"]
        steps.append((pa, "*", pb, pa * pb))
        val = pa * pb
    else:
        val = P["start_val"]
    for op, b in P["ops"]:
        nv = apply(val, op, b)
        steps.append((val, op, b, nv))
        val = nv
    return steps


def make_one(rng, idx, seed):
    # the kind is drawn once, so failed tries (no realistic slip found) do not skew the mix
    kind = "none" if rng.random() < 0.45 else rng.choice(["arithmetic", "operand", "operation", "answer"])
    while True:
        P = build_problem(rng)
        if P is None:
            continue
        steps_true = true_chain(P)
        ops_true = [(s[1], s[2]) for s in steps_true]
        if P["start"][0] == "product":
            # the product step's "operand" pair is fixed; continue_chain never recomputes step 0
            pass
        n_eq = len(steps_true)
        pos = None
        if kind in ("arithmetic", "operand", "operation"):
            cats = ["first", "last"] if n_eq >= 2 else ["first"]
            if n_eq >= 3:
                cats += ["middle", "middle"]
            cat = rng.choice(cats)
            pos = 0 if cat == "first" else n_eq - 1 if cat == "last" else rng.randint(1, n_eq - 2)
        text, surfaces, numbers = render_problem(rng, P)
        if len(text.split()) > 90:
            continue
        if kind == "none":
            steps, final = steps_true, steps_true[-1][3]
            label = -1
        else:
            res = inject(kind, pos, steps_true, ops_true, numbers + [P["start_val"]],
                         P["start"][0] == "product", rng)
            if res is None:
                continue
            steps, final = res
            label = n_eq if kind == "answer" else pos
        step_texts = render_steps(rng, P, steps, final)
        rec = {
            "id": f"gen-e-{seed}-{idx:05d}",
            "problem": text,
            "steps": step_texts,
            "label": label,
            "final_answer_correct": final == steps_true[-1][3],
            "error_kind": kind,
        }
        meta = {"P": P, "surfaces": surfaces, "numbers": numbers, "written": steps, "final": final}
        return rec, meta


def _generate_full(seed, count):
    rng = random.Random(seed)
    return [make_one(rng, i, seed) for i in range(count)]


def generate(seed: int, count: int) -> list[dict]:
    return [r for r, _ in _generate_full(seed, count)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = generate(20261203, 400)
    with open(os.path.join(here, "records.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
