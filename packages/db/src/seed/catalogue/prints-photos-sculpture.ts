import type { SeedArtwork } from "./types.ts";

/** Photography by Tomás Lindqvist, prints by Hana Sato, sculpture by Jonah Reyes. */
export const PRINTS_PHOTOS_SCULPTURE: SeedArtwork[] = [
  // ---- Tomás Lindqvist: photography ----
  {
    slug: "limestone-shore-at-dawn", artist: "tomas-lindqvist", title: "Limestone Shore at Dawn", medium: "Archival pigment print on cotton rag", size: [60, 40], year: 2023, price: 650,
    kind: "EDITION", editionSize: 15, editionsSold: 4,
    tags: ["photography", "seascape", "gotland", "dawn", "long exposure"],
    description: "A long exposure of the limestone shore on Gotland at dawn: the Baltic smoothed to silk, pale pink light on the horizon. Signed and numbered, edition of 15.",
    art: { style: "seascape", palette: ["#f7d6e0", "#b8c0ff", "#6d7b8d", "#2b2d42"], alt: "Smooth sea under a pink dawn sky with dark rocks", alt2: "The print framed in oak" },
  },
  {
    slug: "baltic-mirror", artist: "tomas-lindqvist", title: "Baltic Mirror", medium: "Archival pigment print", size: [100, 67], year: 2024, price: 1400,
    kind: "EDITION", editionSize: 10, editionsSold: 2,
    tags: ["photography", "seascape", "minimal", "grey", "long exposure"],
    description: "A four-minute exposure turns the Baltic into a mirror and the horizon into a single silver line. Minimal, silent, large.",
    art: { style: "seascape", palette: ["#e5e5e5", "#b0b7bf", "#7d8597", "#33415c"], alt: "Silver-grey sea and sky meeting at a faint horizon" },
  },
  {
    slug: "raukar-in-fog", artist: "tomas-lindqvist", title: "Raukar in Fog", medium: "Archival pigment print", size: [50, 50], year: 2022, price: 480,
    kind: "EDITION", editionSize: 20, editionsSold: 7,
    tags: ["photography", "gotland", "fog", "rocks", "square"],
    description: "The sea stacks of Fårö, called raukar, emerging from thick coastal fog. Printed square on warm-toned paper.",
    art: { style: "seascape", palette: ["#edede9", "#d6ccc2", "#a5a58d", "#3a3a3a"], alt: "Dark limestone sea stacks in white fog" },
  },
  {
    slug: "stockholm-blue-hour", artist: "tomas-lindqvist", title: "Stockholm, Blue Hour", medium: "Archival pigment print", size: [45, 30], year: 2024, price: 320,
    kind: "EDITION", editionSize: 25, editionsSold: 11,
    tags: ["photography", "city", "blue", "stockholm", "night"],
    description: "Gamla stan seen across the water in the blue hour, with the first windows lit. A small, affordable print.",
    art: { style: "city", palette: ["#0d1b2a", "#1b263b", "#415a77", "#ffd166"], alt: "City skyline over water in deep blue twilight with lit windows" },
  },
  {
    slug: "neon-rain-valparaiso", artist: "tomas-lindqvist", title: "Neon Rain, Valparaíso", medium: "Archival pigment print", size: [60, 40], year: 2023, price: 560,
    kind: "EDITION", editionSize: 15, editionsSold: 3,
    tags: ["photography", "city", "night", "rain", "chile"],
    description: "Wet cobbles reflect pink and green neon on a steep street in Valparaíso, Chile.",
    art: { style: "city", palette: ["#10002b", "#3c096c", "#ff4d6d", "#80ffdb"], alt: "Night street with pink and green neon reflections" },
  },
  {
    slug: "winter-horizon", artist: "tomas-lindqvist", title: "Winter Horizon", medium: "Archival pigment print, face-mounted on acrylic", size: [120, 80], year: 2024, price: 2200,
    kind: "EDITION", editionSize: 10, editionsSold: 1,
    tags: ["photography", "seascape", "winter", "ice", "large"],
    description: "Pack ice on the eastern shore in February under a low white sun. Face-mounted on acrylic for a deep, luminous finish.",
    art: { style: "seascape", palette: ["#f8f9fa", "#dee2e6", "#90a4ae", "#37474f"], alt: "White ice and pale sea under a low winter sun" },
  },
  {
    slug: "fishing-huts-faro", artist: "tomas-lindqvist", title: "Fishing Huts, Fårö", medium: "Archival pigment print", size: [40, 30], year: 2021, price: 280,
    kind: "EDITION", editionSize: 20, editionsSold: 14,
    tags: ["photography", "gotland", "coast", "architecture", "small"],
    description: "A row of weathered wooden fishing huts on Fårö, photographed on a still summer evening.",
    art: { style: "city", palette: ["#fefae0", "#d4a373", "#6c584c", "#a3c4f3"], alt: "Row of small wooden huts on the shore at evening" },
  },
  {
    slug: "midsummer-2am", artist: "tomas-lindqvist", title: "Midsummer, 2 a.m.", medium: "Archival pigment print", size: [90, 60], year: 2023, price: 980,
    kind: "EDITION", editionSize: 12, editionsSold: 5,
    tags: ["photography", "seascape", "summer", "golden", "sweden"],
    description: "The sun barely sets in a Swedish midsummer: gold and lilac light on a calm sea at two in the morning.",
    art: { style: "seascape", palette: ["#ffe8a3", "#f4a261", "#c8b6ff", "#3d348b"], alt: "Gold and lilac sky over a calm sea" },
  },
  {
    slug: "ferry-lights", artist: "tomas-lindqvist", title: "Ferry Lights", medium: "Unique silver gelatin print", size: [30, 40], year: 2020, price: 900,
    tags: ["photography", "black and white", "film", "ferry", "unique"],
    description: "A unique darkroom print, never editioned: the night ferry leaving Visby harbour, lights trailing across the black water.",
    art: { style: "city", palette: ["#f0f0f0", "#9e9e9e", "#424242", "#111111"], alt: "Black and white night photograph of ferry lights on water" },
  },

  // ---- Hana Sato: woodcut, screenprint, risograph ----
  {
    slug: "great-wave-small-boat", artist: "hana-sato", title: "Great Wave, Small Boat", medium: "Woodcut (mokuhanga) on washi", size: [26, 38], year: 2024, price: 180,
    kind: "EDITION", editionSize: 40, editionsSold: 22,
    tags: ["print", "woodcut", "japanese", "wave", "blue"],
    description: "A hand-printed woodcut in Prussian blue and pale indigo: a tiny boat under a curling wave. Printed with water-based pigments on kozo paper, edition of 40.",
    art: { style: "waves", palette: ["#f4f1de", "#1d3557", "#457b9d", "#a8dadc"], alt: "Woodcut of a curling blue wave above a tiny boat", alt2: "The carved woodblock" },
  },
  {
    slug: "kamo-river-evening", artist: "hana-sato", title: "Kamo River, Evening", medium: "Woodcut on washi", size: [30, 45], year: 2023, price: 220,
    kind: "EDITION", editionSize: 30, editionsSold: 10,
    tags: ["print", "woodcut", "kyoto", "river", "evening"],
    description: "Evening on the Kamo river in Kyoto: orange lanterns, stepping stones and soft grey hills, in nine colour blocks.",
    art: { style: "landscape", palette: ["#fff1e6", "#f08080", "#84a59d", "#264653"], alt: "Woodcut of a river at evening with hills and warm light" },
  },
  {
    slug: "persimmons-risograph", artist: "hana-sato", title: "Persimmons", medium: "Risograph print", size: [21, 30], year: 2025, price: 80,
    kind: "EDITION", editionSize: 100, editionsSold: 41,
    tags: ["print", "risograph", "orange", "fruit", "affordable"],
    description: "Three persimmons in fluorescent orange and teal, printed on a Riso in Kyoto. An affordable, cheerful print for a kitchen or a hallway.",
    art: { style: "circles", palette: ["#fdf0d5", "#ff7b00", "#ff9e00", "#0f8b8d"], alt: "Three orange persimmons on a cream background" },
  },
  {
    slug: "indigo-rain", artist: "hana-sato", title: "Indigo Rain", medium: "Woodcut on washi", size: [40, 55], year: 2024, price: 340,
    kind: "EDITION", editionSize: 25, editionsSold: 6,
    tags: ["print", "woodcut", "blue", "indigo", "rain"],
    description: "Rain over a temple roof, carved as fine diagonal lines and printed in three indigos. Quiet and rhythmic.",
    art: { style: "stripes", palette: ["#eef4ed", "#134074", "#13315c", "#8da9c4"], alt: "Fine diagonal indigo lines like rain" },
  },
  {
    slug: "moss-garden", artist: "hana-sato", title: "Moss Garden", medium: "Screenprint", size: [50, 70], year: 2023, price: 260,
    kind: "EDITION", editionSize: 50, editionsSold: 18,
    tags: ["print", "screenprint", "green", "garden", "kyoto"],
    description: "The moss garden of Saihō-ji in seven greens, with raked gravel in silver ink.",
    art: { style: "circles", palette: ["#e9f5db", "#87986a", "#4f772d", "#31572c"], alt: "Rounded green moss shapes on pale gravel" },
  },
  {
    slug: "koi-circles", artist: "hana-sato", title: "Koi Circles", medium: "Screenprint", size: [50, 50], year: 2024, price: 190,
    kind: "EDITION", editionSize: 60, editionsSold: 33,
    tags: ["print", "screenprint", "koi", "red", "playful"],
    description: "Red and white koi seen from above as simple circles in a dark pond. A favourite with children and grown-ups alike.",
    art: { style: "circles", palette: ["#0b2545", "#e63946", "#f1faee", "#ffb703"], alt: "Red and white circles like koi in a dark blue pond" },
  },
  {
    slug: "snow-at-kurama", artist: "hana-sato", title: "Snow at Kurama", medium: "Woodcut on washi", size: [45, 60], year: 2022, price: 420,
    kind: "EDITION", editionSize: 20, editionsSold: 19,
    tags: ["print", "woodcut", "snow", "winter", "mountains"],
    description: "Cedars and a mountain gate under falling snow at Kurama, north of Kyoto. Snowflakes are left as bare paper. Only one print left in the edition.",
    art: { style: "landscape", palette: ["#ffffff", "#cad2c5", "#52796f", "#2f3e46"], alt: "Woodcut of snowy cedars and mountains" },
  },
  {
    slug: "night-train-to-osaka", artist: "hana-sato", title: "Night Train to Osaka", medium: "Risograph print", size: [30, 42], year: 2025, price: 95,
    kind: "EDITION", editionSize: 80, editionsSold: 12,
    tags: ["print", "risograph", "train", "night", "city"],
    description: "Blurred station lights from the window of a late train, printed in fluorescent pink and blue.",
    art: { style: "stripes", palette: ["#1b1b2f", "#ff48c4", "#2bd1fc", "#f3ea5f"], alt: "Horizontal streaks of pink and blue light on dark paper" },
  },
  {
    slug: "bamboo-ink-study", artist: "hana-sato", title: "Bamboo, Ink Study", medium: "Sumi ink on washi", size: [35, 70], year: 2024, price: 540,
    tags: ["ink", "drawing", "bamboo", "black and white", "original"],
    description: "An original brush drawing of bamboo stems and leaves in sumi ink, made in a single sitting on hand-made washi.",
    art: { style: "botanical", palette: ["#faf7f0", "#1b1b1b", "#4a4a4a", "#8c8c8c"], alt: "Black ink brush drawing of bamboo on cream paper" },
  },

  // ---- Jonah Reyes: sculpture ----
  {
    slug: "vessel-that-refuses", artist: "jonah-reyes", title: "Vessel That Refuses", medium: "Wood-fired stoneware", size: [28, 42, 28], year: 2024, price: 1900,
    tags: ["sculpture", "ceramic", "stoneware", "vessel", "wood-fired"],
    description: "A tall closed vessel with no opening, fired for four days in an anagama kiln. Ash has melted into a green-gold glaze on one shoulder.",
    art: { style: "sculpture", palette: ["#ede0d4", "#7f5539", "#b08968", "#606c38"], alt: "Tall closed stoneware vessel with green-gold ash glaze", alt2: "The vessel seen from above" },
  },
  {
    slug: "the-weight-of-water", artist: "jonah-reyes", title: "The Weight of Water", medium: "Cast bronze with patina", size: [20, 35, 20], year: 2023, price: 4800,
    kind: "EDITION", editionSize: 8, editionsSold: 2,
    tags: ["sculpture", "bronze", "edition", "water", "abstract"],
    description: "A falling drop, caught in bronze just before it breaks. Blue-green patina, cast in the artist's foundry collective in Mexico City. Edition of 8.",
    art: { style: "sculpture", palette: ["#e9ecef", "#2a9d8f", "#264653", "#adb5bd"], alt: "Bronze teardrop form with blue-green patina" },
  },
  {
    slug: "black-moon-oaxaca", artist: "jonah-reyes", title: "Black Moon, Oaxaca", medium: "Barro negro (burnished black clay)", size: [30, 30, 30], year: 2024, price: 1250,
    tags: ["sculpture", "ceramic", "black", "oaxaca", "sphere"],
    description: "A burnished sphere of Oaxacan black clay, polished with quartz until it shines like graphite.",
    art: { style: "sculpture", palette: ["#e5e5e5", "#111111", "#3c3c3c", "#8d8d8d"], alt: "Polished black clay sphere on a pale plinth" },
  },
  {
    slug: "three-stones", artist: "jonah-reyes", title: "Three Stones", medium: "Carved reclaimed oak", size: [60, 25, 20], year: 2022, price: 2300,
    tags: ["sculpture", "wood", "oak", "reclaimed", "minimal"],
    description: "Three pebble forms carved from the beams of a demolished Mexico City house, oiled and left to show the old nail holes.",
    art: { style: "sculpture", palette: ["#f5ebe0", "#a47148", "#6f4518", "#d6ccc2"], alt: "Three smooth carved oak forms side by side" },
  },
  {
    slug: "small-bronze-bird", artist: "jonah-reyes", title: "Small Bronze Bird", medium: "Cast bronze", size: [12, 10, 6], year: 2025, price: 850,
    kind: "EDITION", editionSize: 12, editionsSold: 5,
    tags: ["sculpture", "bronze", "bird", "small", "edition"],
    description: "A palm-sized bird in polished and darkened bronze, made to sit on a shelf or a windowsill.",
    art: { style: "sculpture", palette: ["#fefae0", "#bc6c25", "#6f4e37", "#dda15e"], alt: "Small bronze bird form on a shelf" },
  },
  {
    slug: "ash-glaze-bowl", artist: "jonah-reyes", title: "Ash-Glaze Bowl", medium: "Stoneware with wood-ash glaze", size: [24, 11, 24], year: 2025, price: 320,
    tags: ["ceramic", "bowl", "stoneware", "functional", "affordable"],
    description: "A wide stoneware bowl with a runny wood-ash glaze pooling celadon green in the well. Food safe; made to be used.",
    art: { style: "sculpture", palette: ["#f8f4ec", "#8a9a5b", "#c2b280", "#5c5346"], alt: "Wide stoneware bowl with green glaze pooling inside" },
  },
  {
    slug: "column-for-a-quiet-room", artist: "jonah-reyes", title: "Column for a Quiet Room", medium: "Plaster, pigment and steel", size: [40, 180, 40], year: 2025, price: 11500,
    tags: ["sculpture", "large", "plaster", "minimal", "statement piece"],
    description: "A human-height column of pigmented plaster on a blackened steel base, its surface carved in slow horizontal bands. For a large room or a lobby.",
    art: { style: "sculpture", palette: ["#f1efe9", "#d8c3a5", "#8e8d8a", "#2b2b2b"], alt: "Tall pale carved column on a dark steel base", alt2: "Detail of the carved bands" },
  },
  {
    slug: "leaning-figure", artist: "jonah-reyes", title: "Leaning Figure", medium: "Mixed media (wood, wax and pigment)", size: [35, 90, 30], year: 2023, price: 3400,
    tags: ["sculpture", "mixed media", "figure", "wax", "wood"],
    description: "An elongated figure leaning against the wall, carved from cedar and coated in red-pigmented beeswax.",
    art: { style: "sculpture", palette: ["#f4f1ea", "#9b2226", "#ae2012", "#3d2c2e"], alt: "Tall thin red waxed wooden figure leaning on a wall" },
  },
];
