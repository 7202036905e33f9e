import { entry, type KnowledgeEntryData } from "../entry.ts";
import { MET, SMART, TATE } from "./sources.ts";

const mv = (slug: string, title: string, body: string, tags: string[]) => entry(slug, title, "movement", body, tags, [TATE(title), MET, SMART]);

/** Movements and styles, from the Renaissance to now. */
export const MOVEMENT_ENTRIES: KnowledgeEntryData[] = [
  mv(
    "renaissance",
    "Renaissance",
    "The Renaissance was the revival of classical learning and art in Europe from about 1400 to 1600, starting in Italy. Painters developed linear perspective, anatomy and oil glazing to make convincing, harmonious worlds. Leonardo, Michelangelo and Raphael are its best-known artists.",
    ["history", "italy", "perspective"],
  ),
  mv(
    "baroque",
    "Baroque",
    "Baroque art, roughly 1600 to 1750, is dramatic, emotional and full of movement. Strong light and shadow, diagonal compositions and rich colour pull the viewer into the scene. Caravaggio, Rubens, Bernini and Rembrandt are central figures.",
    ["history", "chiaroscuro", "drama"],
  ),
  mv(
    "rococo",
    "Rococo",
    "Rococo was a light, ornamental style of eighteenth-century France, full of pastel colour, curves and playful scenes of leisure and love. Watteau, Boucher and Fragonard painted for aristocratic salons. It was swept away by the sterner Neoclassicism.",
    ["history", "france", "decorative"],
  ),
  mv(
    "neoclassicism",
    "Neoclassicism",
    "Neoclassicism, from the 1760s, returned to the clarity and restraint of ancient Greece and Rome. Crisp outlines, calm compositions and moral subjects replaced Rococo frivolity. Jacques-Louis David and Antonio Canova led it.",
    ["history", "classical", "sculpture"],
  ),
  mv(
    "romanticism",
    "Romanticism",
    "Romanticism, around 1800 to 1850, valued feeling, imagination and the sublime power of nature over reason. Turner's storms, Friedrich's lonely figures and Delacroix's vivid colour are typical. Landscape became a serious subject.",
    ["history", "landscape", "sublime"],
  ),
  mv(
    "realism",
    "Realism",
    "Realism, in mid-nineteenth-century France, set out to paint ordinary life and working people as they were, without idealising. Courbet and Millet were its leaders. It paved the way for the Impressionists' everyday modern subjects.",
    ["history", "france", "everyday life"],
  ),
  mv(
    "impressionism",
    "Impressionism",
    "Impressionism began in 1870s Paris with painters such as Monet, Renoir, Pissarro and Morisot. They painted outdoors in quick, broken brushstrokes of pure colour to catch the passing effects of light and modern life. The name came from a critic mocking Monet's Impression, Sunrise.",
    ["painting", "plein air", "light", "france"],
  ),
  mv(
    "post-impressionism",
    "Post-Impressionism",
    "Post-Impressionism names the varied painters who moved beyond Impressionism in the 1880s and 1890s: Cézanne's structure, Van Gogh's expressive colour, Gauguin's symbolism and Seurat's dots. They laid the foundations of modern art.",
    ["painting", "modernism", "colour"],
  ),
  mv(
    "neo-impressionism",
    "Neo-Impressionism",
    "Neo-Impressionism was Seurat and Signac's scientific answer to Impressionism, painting with separate dots of pure colour, known as pointillism or divisionism. The aim was brighter colour mixed in the eye. It influenced Matisse and the Fauves.",
    ["painting", "pointillism", "colour theory"],
  ),
  mv(
    "fauvism",
    "Fauvism",
    "Fauvism, around 1905 to 1908, used pure, unnatural colour for expression rather than description. Matisse and Derain were called fauves, wild beasts, by a critic. It was the first of the twentieth century's avant-gardes.",
    ["painting", "colour", "matisse"],
  ),
  mv(
    "expressionism",
    "Expressionism",
    "Expressionism, strongest in Germany from about 1905 to the 1920s, distorted form and colour to express inner feeling and anxiety about modern life. Groups such as Die Brücke revived the woodcut for its raw, bold cuts. Munch, Kirchner and Kollwitz are key figures.",
    ["painting", "woodcut", "germany", "emotion"],
  ),
  mv(
    "cubism",
    "Cubism",
    "Cubism, created by Picasso and Braque from about 1907, broke objects into facets seen from several viewpoints at once. Its second, synthetic phase brought collage into fine art. It changed how artists thought about representing space.",
    ["painting", "collage", "picasso", "modernism"],
  ),
  mv(
    "futurism",
    "Futurism",
    "Futurism, launched in Italy in 1909, celebrated speed, machines, cities and violence, and wanted to break with the past. Painters such as Boccioni and Balla showed motion with repeated, fragmented forms.",
    ["italy", "speed", "modernism"],
  ),
  mv(
    "dada",
    "Dada",
    "Dada arose in Zurich in 1916 as an anti-art protest against the First World War and the values that caused it. Dadaists used chance, nonsense, photomontage and found objects; Duchamp's readymades questioned what art is at all.",
    ["anti-art", "collage", "photomontage", "readymade"],
  ),
  mv(
    "surrealism",
    "Surrealism",
    "Surrealism, founded by André Breton in 1924, sought to release the unconscious mind through dream imagery and automatic techniques. Dalí and Magritte painted impossible scenes with precise realism, while Miró and Ernst explored chance and abstraction.",
    ["dream", "unconscious", "painting"],
  ),
  mv(
    "bauhaus",
    "Bauhaus",
    "The Bauhaus was a German school of art, design and architecture from 1919 to 1933 that joined fine art and craft with modern industry. Teachers included Klee, Kandinsky, Albers and Moholy-Nagy. Its clean, functional design still shapes the look of everyday things.",
    ["design", "germany", "modernism", "craft"],
  ),
  mv(
    "de-stijl",
    "De Stijl",
    "De Stijl, a Dutch movement from 1917, reduced art to straight lines, right angles and primary colours with black, white and grey. Mondrian's grid paintings and Rietveld's furniture are its icons. It sought a universal, harmonious order.",
    ["abstract", "geometric", "netherlands"],
  ),
  mv(
    "abstract-expressionism",
    "Abstract Expressionism",
    "Abstract Expressionism was the first American movement to lead the art world, in New York in the late 1940s and 1950s. Action painters such as Pollock and de Kooning made the gesture the subject; colour field painters such as Rothko made vast, contemplative fields of colour.",
    ["abstract", "painting", "new york", "gesture"],
  ),
  mv(
    "colour-field",
    "Colour Field painting",
    "Colour Field painting spreads large, flat or stained areas of colour across the canvas, with little sign of gesture. Rothko, Newman, Frankenthaler and Louis worked this way from the 1950s. The works are meant to envelop the viewer.",
    ["abstract", "colour", "painting", "soak-stain"],
  ),
  mv(
    "pop-art",
    "Pop Art",
    "Pop Art, in Britain and the United States from the mid-1950s, took its images from advertising, comics and consumer goods. Warhol's screenprints and Lichtenstein's Ben-Day dots blurred the line between fine art and mass culture.",
    ["screenprint", "consumer culture", "warhol"],
  ),
  mv(
    "op-art",
    "Op Art",
    "Op Art, popular in the 1960s, uses precise geometric patterns and colour contrasts to make the eye see movement, flicker and depth. Bridget Riley and Victor Vasarely are its best-known artists.",
    ["abstract", "geometric", "optical"],
  ),
  mv(
    "minimalism",
    "Minimalism",
    "Minimalism, from the 1960s in New York, stripped art to simple geometric forms, industrial materials and repetition. Judd, Andre, Flavin and Martin wanted the work to be nothing but what it is. Its influence on design and interiors remains strong.",
    ["abstract", "sculpture", "geometric", "simplicity"],
  ),
  mv(
    "conceptual-art",
    "Conceptual art",
    "In conceptual art the idea is the work, and the object, if any, is secondary. From the late 1960s artists such as Sol LeWitt and Joseph Kosuth made instructions, texts and documents. Buying a conceptual work can mean buying a certificate and the right to make it.",
    ["idea", "certificate", "contemporary art"],
  ),
  mv(
    "land-art",
    "Land art",
    "Land art, from the late 1960s, made works in the landscape itself with earth, rock and natural processes. Robert Smithson's Spiral Jetty and Andy Goldsworthy's ephemeral pieces are examples. Much of it survives only in photographs, which are often what collectors buy.",
    ["landscape", "sculpture", "environment"],
  ),
  mv(
    "photorealism",
    "Photorealism",
    "Photorealist painters, from the late 1960s, copy photographs in paint so precisely that the result looks like a photograph. Chuck Close and Richard Estes are known examples. Hyperrealism pushes the detail further still.",
    ["painting", "realism", "photography"],
  ),
  mv(
    "street-art",
    "Street art",
    "Street art is made in public space, from graffiti writing to stencils, paste-ups and murals. Artists such as Banksy and Shepard Fairey moved from walls into galleries and print editions. Much street art is made without permission and is meant to be temporary.",
    ["graffiti", "mural", "stencil", "urban"],
  ),
  mv(
    "art-nouveau",
    "Art Nouveau",
    "Art Nouveau, around 1890 to 1910, was an international decorative style of flowing, organic lines inspired by plants. It shaped posters (Mucha), jewellery, glass (Tiffany) and architecture (Gaudí).",
    ["decorative", "design", "poster"],
  ),
  mv(
    "art-deco",
    "Art Deco",
    "Art Deco, in the 1920s and 1930s, was a glamorous style of streamlined geometry, luxury materials and bold colour. It spanned architecture, posters, furniture and fashion. The Chrysler Building is one of its landmarks.",
    ["design", "geometric", "decorative"],
  ),
  mv(
    "arts-and-crafts",
    "Arts and Crafts movement",
    "The Arts and Crafts movement, led by William Morris in late nineteenth-century Britain, championed handmade work, honest materials and good design against cheap factory goods. It revived printing, weaving and furniture making and inspired studio craft ever since.",
    ["craft", "design", "textile", "britain"],
  ),
  mv(
    "ukiyo-e",
    "Ukiyo-e",
    "Ukiyo-e, pictures of the floating world, were Japanese woodblock prints and paintings of the seventeenth to nineteenth centuries. They showed actors, courtesans, landscapes and legends, sold cheaply to city dwellers. Hokusai's Great Wave is the most famous; their flat colour and bold design inspired the Impressionists.",
    ["woodcut", "japanese", "print", "mokuhanga"],
  ),
  mv(
    "outsider-art",
    "Outsider art (art brut)",
    "Outsider art, or art brut as Jean Dubuffet named it, is made by self-taught artists outside the art world's institutions, often with intense personal vision. Henry Darger and Adolf Wölfli are examples. It is now collected and shown widely.",
    ["self-taught", "folk art", "raw art"],
  ),
  mv(
    "contemporary-art",
    "Contemporary art",
    "Contemporary art is art of our time, usually meaning work made from the 1970s onward by living artists. It has no single style: painting, photography, installation, video and digital work all coexist. Buying directly from living artists supports them and lets you ask about the work.",
    ["contemporary", "living artists", "today"],
  ),
  mv(
    "abstract-art",
    "Abstract art",
    "Abstract art does not try to depict the visible world; it works with colour, shape, line and texture for their own sake. Kandinsky, Mondrian and Malevich pioneered it around 1910 to 1915. Some abstraction starts from nature and simplifies it; some is purely invented.",
    ["abstract", "painting", "non-representational"],
  ),
];
