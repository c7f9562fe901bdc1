"""Names, items and sentence templates for the tiny-arith generator.

Two disjoint styles: ``train`` (used for train/validation/test) and ``heldout`` (other names, items
and sentence shapes, same rules and verbs) to estimate how the model does on unseen wording.
"""

NAMES = {
    "train": [
        "Ava", "Ben", "Chloe", "Dan", "Ella", "Finn", "Grace", "Hugo", "Iris", "Jack", "Kira", "Leo",
        "Mia", "Noah", "Olive", "Paul", "Quinn", "Rosa", "Sam", "Tara", "Uma", "Victor", "Wendy",
        "Xavier", "Yara", "Zoe", "Amir", "Bella", "Carlos", "Dina", "Eli", "Fatima", "George", "Hana",
        "Ivan", "Julia", "Kenji", "Lena", "Marco", "Nina",
        "Aiden", "Bianca", "Caleb", "Daria", "Ethan", "Freya", "Gabriel", "Helen", "Isaac", "Jasmine", "Kevin", "Laila", "Mateo", "Naomi", "Omar", "Petra", "Ravi", "Selma", "Theo", "Ulla", "Vikram", "Willa", "Yosef", "Zainab", "Anton", "Bruno", "Clara", "Diego", "Elena", "Felix", "Gina", "Hiro", "Ines", "Jonas", "Keiko", "Luca", "Maya", "Nils", "Odette", "Pablo"
    ],
    "heldout": [
        "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Ursula", "Vera", "Walter", "Ximena", "Yusuf",
        "Zara", "Arjun", "Beatriz", "Cyrus", "Delia", "Emil", "Farah", "Gustav", "Helga", "Imani",
    ],
}

ITEMS = {
    "train": [
        "apples", "pens", "marbles", "stickers", "books", "cookies", "coins", "stamps", "shells",
        "cards", "pencils", "candies", "balloons", "flowers", "toys", "rocks", "buttons", "beads",
        "cupcakes", "oranges", "bottles", "tickets", "erasers", "crayons", "muffins", "puzzles",
        "keys", "socks", "hats", "cherries", "peaches", "bananas", "lemons", "blocks", "dolls",
        "notebooks", "ribbons", "badges", "plates", "cups",
        "carrots", "grapes", "buckets", "bricks", "nails", "chairs", "boxes", "bags", "shirts", "rings", "beans", "eggs", "pears", "plums", "cans", "ropes", "tiles", "nuts", "seeds", "leaves", "bolts", "mugs", "forks", "bowls", "pillows", "lamps", "brushes", "towels", "sandwiches", "pies"
    ],
    "heldout": [
        "pinecones", "seashells", "postcards", "comics", "figurines", "magnets", "kites", "acorns",
        "jars", "candles", "feathers", "tomatoes", "potatoes", "spoons", "gloves", "marshmallows",
        "lollipops", "paperclips", "trophies", "walnuts",
    ],
}

# Change phrases per operation; {n} is the number, {item} the item, {group} a group word.
# Each entry: (third person singular present, past tense). "They" uses the plural present.
CHANGES = {
    "+": [
        ("buys {n} more {item}", "bought {n} more {item}", "buy {n} more {item}"),
        ("gets {n} {item}", "got {n} {item}", "get {n} {item}"),
        ("finds {n} {item}", "found {n} {item}", "find {n} {item}"),
        ("receives {n} {item}", "received {n} {item}", "receive {n} {item}"),
        ("picks up {n} {item}", "picked up {n} {item}", "pick up {n} {item}"),
        ("is given {n} {item}", "was given {n} {item}", "are given {n} {item}"),
        ("collects {n} more {item}", "collected {n} more {item}", "collect {n} more {item}"),
        ("wins {n} {item}", "won {n} {item}", "win {n} {item}"),
    ],
    "-": [
        ("gives away {n} {item}", "gave away {n} {item}", "give away {n} {item}"),
        ("loses {n} {item}", "lost {n} {item}", "lose {n} {item}"),
        ("sells {n} {item}", "sold {n} {item}", "sell {n} {item}"),
        ("eats {n} {item}", "ate {n} {item}", "eat {n} {item}"),
        ("uses {n} {item}", "used {n} {item}", "use {n} {item}"),
        ("drops {n} {item}", "dropped {n} {item}", "drop {n} {item}"),
        ("spends {n} {item}", "spent {n} {item}", "spend {n} {item}"),
        ("donates {n} {item}", "donated {n} {item}", "donate {n} {item}"),
    ],
    "*": [
        ("ends up with {n} times as many {item}", "ended up with {n} times as many {item}", "end up with {n} times as many {item}"),
        ("sees the number of {item} become {n} times larger", "saw the number of {item} become {n} times larger", "see the number of {item} become {n} times larger"),
        ("gets {n} times as many {item} as before", "got {n} times as many {item} as before", "get {n} times as many {item} as before"),
    ],
    "*2": [("doubles the {item}", "doubled the {item}", "double the {item}")],
    "*3": [("triples the {item}", "tripled the {item}", "triple the {item}")],
    "/": [
        ("shares them equally among {n} friends and keeps one share", "shared them equally among {n} friends and kept one share", "share them equally among {n} friends and keep one share"),
        ("splits them equally into {n} groups and keeps one group", "split them equally into {n} groups and kept one group", "split them equally into {n} groups and keep one group"),
        ("shares the {item} equally among {n} kids and keeps one share", "shared the {item} equally among {n} kids and kept one share", "share the {item} equally among {n} kids and keep one share"),
    ],
    "/2": [("halves the {item}", "halved the {item}", "halve the {item}")],
}

START = {
    "train": [
        "{name} has {n} {item}.",
        "{name} starts with {n} {item}.",
        "At first, {name} has {n} {item}.",
        "{name} owns {n} {item}.",
        "{name} had {n} {item} in the morning.",
        "In the beginning {name} has {n} {item}.",
        "{name} keeps {n} {item} in a box.",
        "{name} holds {n} {item}.", "{name} is carrying {n} {item}.", "{name}'s shelf has {n} {item} on it.", "A box that belongs to {name} contains {n} {item}.", "{name} stores {n} {item} in the garage.", "{name} brought {n} {item} to school.", "{name} has a collection of {n} {item}.", "{n} {item} belong to {name}.", "{name} had a bag of {n} {item}.", "{name} counts {n} {item} in the closet.", "To start, {name} has {n} {item}.", "Early in the day, {name} has {n} {item}."
    ],
    "heldout": [
        "There are {n} {item} in {name}'s bag.",
        "{name} begins the day with {n} {item}.",
        "On Monday, {name} counted {n} {item}.",
    ],
}

LINKS = {
    "train": ["Then {p} ", "After that, {p} ", "Next, {p} ", "Later {p} ", "{P} ", "Then {p} ", "Soon {p} ", "After a while, {p} ", "Later on, {p} ", "Right after, {p} ", "In the afternoon {p} ", "By evening {p} ", "Following that, {p} ", "Once that was done, {p} ", "Shortly after, {p} ", "Eventually {p} ", "Then later {p} "],
    "heldout": ["Afterwards {p} ", "A bit later, {p} ", "Subsequently {p} "],
}

QUESTIONS = {
    "train": [
        "How many {item} does {name} have now?",
        "How many {item} does {name} have at the end?",
        "How many {item} are left?",
        "How many {item} does {p} have in the end?",
        "How many {item} does {name} end up with?", "How many {item} does {name} have left?", "Count how many {item} {name} has now.", "Determine how many {item} {name} has at the end.", "How many {item} remain?", "How many {item} are there in the end?"
    ],
    "heldout": [
        "What is the final number of {item} {name} has?",
        "Find how many {item} {name} ends with.",
    ],
}

# Step decorations around the equation "{eq}" ("{a} op {b} = {c}"); {item} and {b} may appear.
STEP_FORMS = {
    "train": [
        "{eq}.",
        "{eq} {item}.",
        "Now {p} has {eq} {item}.",
        "After this, {p} has {eq}.",
        "So {name} has {eq} {item}.",
        "That gives {eq}.",
        "We compute {eq}.",
        "The count becomes {eq}.",
        "{Verbing}: {eq}.",
        "Then {eq} {item} remain.",
        "So {eq}.", "This makes {eq}.", "It becomes {eq} {item}.", "Result: {eq}.", "Compute {eq}.", "We have {eq}.", "That is {eq} {item}.", "{name} now has {eq}.", "Calculation: {eq}.", "Now there are {eq} {item}.", "Next, {eq}.", "Then {eq}.", "{Verbing} gives {eq}."
    ],
    "heldout": [
        "The new total is {eq}.",
        "Which leaves {eq} {item}.",
        "Working it out: {eq}.",
        "We get {eq} {item} in total.",
    ],
}

ANSWERS = {
    "train": ["The answer is {r}.", "So the final answer is {r}.", "Answer: {r}", "The answer is {r}", "Therefore the answer is {r}.", "The final answer is {r}.", "So the answer is {r}.", "Thus the answer is {r}.", "In total the answer is {r}."],
    "heldout": ["Final answer: {r}.", "Hence the answer is {r}."],
}

# Optional openers put before a start sentence that begins with the name (training wording only).
START_PREFIXES = ["On Sunday, ", "Last weekend, ", "In the morning, ", "This morning, ", "Today, ", "At noon, ", "Early on, ", "To begin, "]

# Syllables of made-up names and items (training wording only): the model must read numbers and verbs, not
# recognise a fixed list of words.
SYLLABLES = ["ba", "ko", "ri", "mel", "dan", "su", "vo", "ti", "lor", "ne", "pa", "zu", "fin", "ga", "mo", "ler", "qui", "sa", "ter", "wi"]

# Gerund used by "{Verbing}: {eq}." per operation.
VERBING = {"+": ["Adding", "Buying more", "Getting more"], "-": ["Subtracting", "Taking away", "Removing"],
           "*": ["Multiplying", "Scaling up"], "/": ["Dividing", "Sharing out"]}

PRONOUNS = [("she", "She", "has"), ("he", "He", "has"), ("they", "They", "have")]
