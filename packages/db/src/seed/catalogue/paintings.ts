import type { SeedArtwork } from "./types.ts";

const BLUES = ["#1d3a6b", "#2f5d8a", "#7fa7c9", "#dfe8ef"];

/** Paintings, watercolours and mixed media by Mira Okafor, Elena Brandt and Ada Novak. */
export const PAINTINGS: SeedArtwork[] = [
  // ---- Mira Okafor: colour-field oils and acrylics ----
  {
    slug: "small-blue-study-i", artist: "mira-okafor", title: "Small Blue Study I", medium: "Oil on birch panel", size: [20, 25], year: 2025, price: 240,
    tags: ["abstract", "blue", "small", "colour field", "study"],
    description: "A small abstract painting in layered cobalt and ultramarine, scraped back to let a paler blue come through at the top. Painted in one long morning session; the panel edges are left raw.",
    art: { style: "fields", palette: BLUES, alt: "Two soft-edged bands of deep blue and pale blue on a small panel" },
  },
  {
    slug: "small-blue-study-ii", artist: "mira-okafor", title: "Small Blue Study II", medium: "Oil on birch panel", size: [20, 25], year: 2025, price: 260,
    tags: ["abstract", "blue", "small", "colour field", "study"],
    description: "The second of a series of small blue abstracts: a dark Prussian blue field interrupted by a thin horizon of grey-white. Quiet, intimate, and easy to hang in a small room.",
    art: { style: "fields", palette: ["#14213d", "#274c77", "#a3b8cc", "#e7ecef"], alt: "A dark blue field crossed by a thin pale horizon" },
  },
  {
    slug: "tagus-seven-in-the-morning", artist: "mira-okafor", title: "Tagus, Seven in the Morning", medium: "Acrylic on canvas", size: [30, 30], year: 2024, price: 420,
    tags: ["abstract", "blue", "river", "lisbon", "small"],
    description: "Abstract painting of the river Tagus at first light: hazy turquoise over a band of steel blue. Thin washes of acrylic give the surface a watery, luminous feel.",
    art: { style: "fields", palette: ["#3d5a80", "#98c1d9", "#e0fbfc", "#293241"], alt: "Square abstract of hazy turquoise above steel blue" },
  },
  {
    slug: "indigo-hour", artist: "mira-okafor", title: "Indigo Hour", medium: "Oil on linen", size: [40, 50], year: 2024, price: 480,
    tags: ["abstract", "blue", "indigo", "night", "colour field"],
    description: "Deep indigo, almost black at the edges, lifting to a violet-blue glow in the centre. A meditative abstract about the minutes after sunset.",
    art: { style: "fields", palette: ["#1b1b3a", "#2e2e6e", "#6c63ff", "#c3c3e6"], alt: "Indigo rectangle glowing violet in the middle", alt2: "Detail of the scraped oil surface" },
  },
  {
    slug: "after-the-rain-cobalt", artist: "mira-okafor", title: "After the Rain (Cobalt)", medium: "Acrylic on paper", size: [24, 32], year: 2023, price: 190,
    tags: ["abstract", "blue", "small", "works on paper", "rain"],
    description: "A small work on heavy cotton paper: cobalt blue poured and tilted, drying into soft tide marks. Unframed; ships flat in a rigid envelope.",
    art: { style: "waves", palette: ["#0a3d62", "#3c6382", "#82ccdd", "#f1f2f6"], alt: "Cobalt blue pours drying into soft tide lines on paper" },
  },
  {
    slug: "ochre-wall-alfama", artist: "mira-okafor", title: "Ochre Wall, Alfama", medium: "Oil on canvas", size: [100, 120], year: 2024, price: 3800,
    tags: ["abstract", "ochre", "warm", "lisbon", "large"],
    description: "A large warm abstract after the sun-baked walls of Lisbon's Alfama district: ochre, sienna and a sliver of sky blue at the top edge. Built from more than twenty thin layers of oil.",
    art: { style: "fields", palette: ["#bc6c25", "#dda15e", "#fefae0", "#669bbc"], alt: "Large fields of ochre and sienna with a thin blue band above", alt2: "The painting hanging in the studio" },
  },
  {
    slug: "the-long-blue", artist: "mira-okafor", title: "The Long Blue", medium: "Oil on canvas", size: [180, 120], year: 2025, price: 9500,
    tags: ["abstract", "blue", "large", "colour field", "statement piece"],
    description: "Mira's largest canvas to date: a horizontal sweep of ultramarine that shifts to grey-green along the lower third, like open sea seen from a cliff. A statement piece for a large wall.",
    art: { style: "fields", palette: ["#03045e", "#0077b6", "#90e0ef", "#caf0f8"], alt: "Wide ultramarine painting shading to grey-green at the bottom", alt2: "Detail of brushwork along the lower edge" },
  },
  {
    slug: "salt-and-rust", artist: "mira-okafor", title: "Salt and Rust", medium: "Oil on canvas", size: [80, 100], year: 2023, price: 2600, status: "SOLD",
    tags: ["abstract", "rust", "red", "coast", "texture"],
    description: "Rust red and salt white, worked with a palette knife into a rough, weathered surface that recalls harbour iron. Sold to a private collector in Porto.",
    art: { style: "fields", palette: ["#6b2d1a", "#a44a3f", "#f2e9e4", "#22333b"], alt: "Rust red field with a band of chalky white" },
  },
  {
    slug: "green-interval", artist: "mira-okafor", title: "Green Interval", medium: "Acrylic on canvas", size: [50, 60], year: 2025, price: 1150, status: "DRAFT",
    tags: ["abstract", "green", "colour field"],
    description: "Work in progress: two greens separated by a hesitant line of yellow.",
    art: { style: "fields", palette: ["#2d6a4f", "#74c69d", "#ffe66d", "#1b4332"], alt: "Two green fields divided by a thin yellow line" },
  },
  {
    slug: "night-field", artist: "mira-okafor", title: "Night Field", medium: "Oil on canvas", size: [60, 60], year: 2025, price: 1600, status: "IN_REVIEW",
    tags: ["abstract", "black", "blue", "night", "square"],
    description: "A square of near-black blues with a low glimmer of green, like a field at night under a single lamp.",
    art: { style: "fields", palette: ["#0b132b", "#1c2541", "#3a506b", "#5bc0be"], alt: "Near-black square with a faint green glow low down" },
  },

  // ---- Elena Brandt: watercolour ----
  {
    slug: "fern-unfurling", artist: "elena-brandt", title: "Fern, Unfurling", medium: "Watercolour on Arches cotton paper", size: [28, 38], year: 2024, price: 350,
    tags: ["botanical", "green", "watercolour", "fern", "nature"],
    description: "A botanical watercolour of a young fern frond uncurling in spring, painted from life at the Royal Botanic Garden Edinburgh. Delicate greens on bright white paper.",
    art: { style: "botanical", palette: ["#f8f4e3", "#588157", "#a3b18a", "#344e41"], alt: "Watercolour of a green fern frond uncurling" },
  },
  {
    slug: "magnolia-campbellii", artist: "elena-brandt", title: "Magnolia campbellii", medium: "Watercolour on paper", size: [38, 56], year: 2024, price: 620,
    tags: ["botanical", "pink", "flowers", "magnolia", "watercolour"],
    description: "Pink cup-shaped magnolia blooms against a pale grey-blue wash. The first flowers of the year in the garden, painted quickly before the petals dropped.",
    art: { style: "botanical", palette: ["#f4f1ee", "#e5989b", "#b5838d", "#6d6875"], alt: "Pink magnolia flowers on a pale wash", alt2: "Close detail of the petals" },
  },
  {
    slug: "rain-over-glen-coe", artist: "elena-brandt", title: "Rain over Glen Coe", medium: "Watercolour on paper", size: [56, 38], year: 2023, price: 780,
    tags: ["landscape", "scotland", "mountains", "rain", "watercolour"],
    description: "A loose, wet-in-wet landscape of the Three Sisters of Glen Coe under a passing shower. Blue-grey mountains dissolve into the paper.",
    art: { style: "landscape", palette: ["#dfe7ea", "#8d99ae", "#4a5d6e", "#6b8f71"], alt: "Blue-grey mountains fading into rain over a green valley" },
  },
  {
    slug: "rannoch-moor-october", artist: "elena-brandt", title: "Rannoch Moor, October", medium: "Watercolour and gouache on paper", size: [76, 56], year: 2024, price: 1250,
    tags: ["landscape", "scotland", "autumn", "moor", "watercolour"],
    description: "Russet bracken, black lochans and a low gold sky on Rannoch Moor in autumn. Elena's largest watercolour this year, painted over three visits.",
    art: { style: "landscape", palette: ["#f2cc8f", "#e07a5f", "#81573c", "#3d405b"], alt: "Autumn moorland in russet and gold under a low sky" },
  },
  {
    slug: "thistle-study", artist: "elena-brandt", title: "Thistle Study", medium: "Watercolour and gouache on paper", size: [21, 30], year: 2025, price: 180,
    tags: ["botanical", "purple", "scotland", "thistle", "small"],
    description: "A small study of a Scottish thistle head in violet and silver-green, with pencil notes left visible in the margin.",
    art: { style: "botanical", palette: ["#f5f3f4", "#7b2cbf", "#9d8189", "#52796f"], alt: "Small study of a purple thistle" },
  },
  {
    slug: "sea-kale-at-dunbar", artist: "elena-brandt", title: "Sea Kale at Dunbar", medium: "Watercolour on paper", size: [30, 40], year: 2023, price: 420,
    tags: ["botanical", "coast", "scotland", "blue-green", "watercolour"],
    description: "Blue-green sea kale growing through shingle on the East Lothian coast, with the grey North Sea behind.",
    art: { style: "botanical", palette: ["#eef0eb", "#6a994e", "#84a98c", "#52616b"], alt: "Blue-green sea kale leaves on shingle" },
  },
  {
    slug: "loch-lomond-in-blues", artist: "elena-brandt", title: "Loch Lomond in Blues", medium: "Watercolour on paper", size: [30, 40], year: 2024, price: 390,
    tags: ["landscape", "blue", "loch", "scotland", "small"],
    description: "A small, almost abstract landscape: layers of blue for water, hills and sky on a still winter morning.",
    art: { style: "landscape", palette: ["#e3f2fd", "#90caf9", "#42a5f5", "#1565c0"], alt: "Layers of blue hills above a still loch" },
  },
  {
    slug: "the-glasshouse-print", artist: "elena-brandt", title: "The Glasshouse (giclée print)", medium: "Giclée print on Hahnemühle paper", size: [30, 40], year: 2024, price: 85,
    kind: "EDITION", editionSize: 50, editionsSold: 12,
    tags: ["print", "botanical", "green", "edition", "affordable"],
    description: "A signed and numbered giclée print of Elena's watercolour of the Victorian glasshouse at the Botanic Garden, palms and ferns under a white iron roof.",
    art: { style: "botanical", palette: ["#fbfbf8", "#2d6a4f", "#95d5b2", "#40916c"], alt: "Print of palms and ferns inside a glasshouse" },
  },
  {
    slug: "rowan-berries", artist: "elena-brandt", title: "Rowan Berries", medium: "Watercolour on paper", size: [25, 25], year: 2025, price: 220, status: "DRAFT",
    tags: ["botanical", "red", "autumn"],
    description: "Draft listing: a cluster of red rowan berries on a bare twig.",
    art: { style: "botanical", palette: ["#fdf6ec", "#c1121f", "#780000", "#588157"], alt: "Red rowan berries on a twig" },
  },

  // ---- Ada Novak: collage and mixed media ----
  {
    slug: "map-of-nowhere-berlin", artist: "ada-novak", title: "Map of Nowhere (Berlin)", medium: "Collage of found paper and acrylic on board", size: [60, 80], year: 2024, price: 1800,
    tags: ["collage", "mixed media", "city", "map", "berlin"],
    description: "Torn U-Bahn maps, tram tickets and painted paper assembled into an imaginary city plan. Bright yellow routes cut across fields of grey and blue.",
    art: { style: "collage", palette: ["#f6f1e9", "#ffd23f", "#3d5a80", "#9a8c98", "#ee6352"], alt: "Collage of paper fragments forming an imaginary map", alt2: "Detail of tram tickets in the collage" },
  },
  {
    slug: "tram-m10-late", artist: "ada-novak", title: "Tram M10, Late", medium: "Mixed media on paper", size: [30, 40], year: 2024, price: 540,
    tags: ["mixed media", "night", "city", "berlin", "tram"],
    description: "The last M10 tram crossing Warschauer Straße, built from ink, acrylic and a real night ticket.",
    art: { style: "collage", palette: ["#1a1423", "#3d314a", "#ffd166", "#ef476f", "#06d6a0"], alt: "Dark collage with a yellow tram shape and night lights" },
  },
  {
    slug: "blue-grid-no-4", artist: "ada-novak", title: "Blue Grid No. 4", medium: "Acrylic and paper on canvas", size: [40, 40], year: 2025, price: 460,
    tags: ["abstract", "blue", "geometric", "grid", "small"],
    description: "A small geometric abstract: a hand-drawn grid of blue squares, each a slightly different shade, some cut from painted paper. Calm, precise and playful.",
    art: { style: "grid", palette: ["#023e8a", "#0077b6", "#48cae4", "#ade8f4", "#f8f9fa"], alt: "Grid of blue squares in many shades" },
  },
  {
    slug: "yellow-timetable", artist: "ada-novak", title: "Yellow Timetable", medium: "Collage on paper", size: [50, 70], year: 2023, price: 980,
    tags: ["collage", "yellow", "typography", "city"],
    description: "Fragments of old railway timetables on a field of cadmium yellow; numbers become rhythm.",
    art: { style: "stripes", palette: ["#ffbe0b", "#fb5607", "#f6f1e9", "#1d1d1d"], alt: "Yellow collage with black and white stripes of timetable paper" },
  },
  {
    slug: "night-shift-kreuzberg", artist: "ada-novak", title: "Night Shift, Kreuzberg", medium: "Mixed media (acrylic, paper, spray paint) on canvas", size: [100, 140], year: 2024, price: 5400,
    tags: ["mixed media", "large", "city", "night", "berlin"],
    description: "A large, layered canvas of Kreuzberg after midnight: poster scraps, spray paint and acrylic glazes in violet, orange and neon green.",
    art: { style: "collage", palette: ["#240046", "#5a189a", "#ff9e00", "#70e000", "#e0aaff"], alt: "Large dark canvas with violet, orange and neon green fragments", alt2: "Detail of layered posters" },
  },
  {
    slug: "small-geometry-i", artist: "ada-novak", title: "Small Geometry I", medium: "Acrylic on paper", size: [20, 20], year: 2025, price: 150,
    tags: ["abstract", "geometric", "small", "affordable", "red"],
    description: "A small square abstract of interlocking red, cream and charcoal shapes. A good first original for a new collection.",
    art: { style: "circles", palette: ["#f1e3d3", "#d62828", "#003049", "#fcbf49"], alt: "Red and charcoal circles on cream paper" },
  },
  {
    slug: "red-line-screenprint", artist: "ada-novak", title: "Red Line", medium: "Screenprint on Somerset paper", size: [50, 70], year: 2024, price: 120,
    kind: "EDITION", editionSize: 30, editionsSold: 9,
    tags: ["print", "screenprint", "red", "edition", "geometric"],
    description: "A three-colour screenprint: one red route winding across a pale grid. Signed and numbered, edition of 30.",
    art: { style: "stripes", palette: ["#f8f9fa", "#e63946", "#a8dadc", "#1d3557"], alt: "Screenprint with a red line across a pale grid" },
  },
  {
    slug: "palimpsest", artist: "ada-novak", title: "Palimpsest", medium: "Mixed media on linen", size: [120, 160], year: 2025, price: 12000,
    tags: ["mixed media", "large", "abstract", "texture", "statement piece"],
    description: "Ada's most ambitious work: hundreds of paper fragments glued, painted over, sanded back and glued again, until the city's layers show through like a manuscript scraped and rewritten.",
    art: { style: "collage", palette: ["#e9edc9", "#ccd5ae", "#d4a373", "#6b705c", "#283618"], alt: "Dense layered collage in earth tones", alt2: "Detail of sanded paper layers" },
  },
];
