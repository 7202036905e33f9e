import { entry, type KnowledgeEntryData } from "../entry.ts";
import { AAT, MOMA, TATE, SMART } from "./sources.ts";

const c = (slug: string, title: string, body: string, tags: string[], sources: string[] = [MOMA, SMART]) => entry(slug, title, "curation", body, tags, sources);

/** Choosing, hanging, lighting and living with art. */
export const CURATION_ENTRIES: KnowledgeEntryData[] = [
  c(
    "what-is-curation",
    "Curation",
    "Curating is choosing and arranging works so that they say something together: a theme, a contrast, a story. A curator also researches, writes the labels and looks after the works' display. At home, curating means deciding what hangs together and what to rotate.",
    ["curator", "exhibition", "collection"],
    [TATE("Curator"), MOMA],
  ),
  c(
    "hanging-height",
    "How high to hang art",
    "Museums usually hang pictures with their centre at about 145 to 150 cm from the floor, roughly eye level. Above a sofa or sideboard, leave a gap of about 15 to 25 cm between the furniture and the frame. Hang a group as one unit, with the centre of the whole group at eye level.",
    ["hanging", "display", "home", "framing"],
  ),
  c(
    "salon-hang",
    "Salon hang",
    "A salon hang fills a wall with many works of different sizes, edge to edge in a loose grid, as in the Paris Salon exhibitions. Keep the gaps between frames similar, about 5 to 8 cm, and anchor it with the largest work. Laying the frames out on the floor or with paper templates first saves holes.",
    ["hanging", "gallery wall", "display"],
  ),
  c(
    "grid-hang",
    "Grid hang and spacing",
    "A grid hang lines up works of the same size in rows and columns with equal gaps, giving a calm, ordered wall. It suits series, editions and photographs. Use a level and measure from a central line rather than from a corner.",
    ["hanging", "series", "display"],
  ),
  c(
    "lighting-art",
    "Lighting artwork",
    "Art looks best lit from the ceiling at about 30 degrees, which avoids glare on glass and shadows from the frame. Use warm-white LEDs, about 2700 to 3000 K, with a high colour rendering index (CRI 90 or more), which give off almost no UV or heat. Never light works on paper with strong spotlights for long periods.",
    ["lighting", "led", "display", "care"],
    [MOMA, "Canadian Conservation Institute: CCI Notes"],
  ),
  c(
    "starting-a-collection",
    "Starting an art collection",
    "Begin with what you keep coming back to, not with investment. Editions, small works and drawings let you buy original art from living artists at lower prices, and following artists over time helps you see how their work develops. Keep every invoice, certificate and note about a work as you go.",
    ["collecting", "budget", "editions"],
  ),
  c(
    "collecting-on-a-budget",
    "Collecting on a budget",
    "Prints in editions, works on paper, small studies and work by emerging artists are the usual ways into collecting. Graduate shows, open studios and online platforms let you buy directly. Framing can cost as much as a small work, so budget for it.",
    ["collecting", "prints", "emerging artists", "price"],
  ),
  c(
    "condition-report",
    "Condition report",
    "A condition report records the state of a work at a moment: its materials, dimensions and every scratch, crack, stain or repair, usually with photographs. Galleries and auction houses make one before a sale or loan. Ask for one before buying an older work, and note the condition yourself when it arrives.",
    ["condition", "buying", "conservation"],
    [AAT, "American Institute for Conservation: Caring for Your Treasures"],
  ),
  c(
    "catalogue-raisonne",
    "Catalogue raisonné",
    "A catalogue raisonné is a scholarly, complete list of an artist's known works in a medium, with dimensions, dates, provenance and exhibitions. Inclusion is strong support for authenticity, which is why the committees that compile them are powerful. For living artists, your own records and the artist's archive do this job.",
    ["authenticity", "provenance", "research"],
    [TATE("Catalogue raisonné"), AAT],
  ),
  c(
    "wall-label",
    "Wall labels and titles",
    "A museum label gives the artist, title, date, medium and dimensions, and often credits the owner. Writing your own labels for a home collection, or keeping the same details in an inventory, keeps the information with the work. The medium line, such as 'oil on linen', names paint and support.",
    ["label", "title", "medium", "inventory"],
  ),
  c(
    "diptych-triptych",
    "Diptych, triptych and polyptych",
    "A diptych is a work in two panels meant to be seen together, a triptych in three, and a polyptych in more. They began as hinged altarpieces and are still used for series and large images. They should be sold, hung and kept together.",
    ["painting", "series", "panel"],
    [TATE("Triptych"), AAT],
  ),
  c(
    "series",
    "Working in series",
    "Many artists work in series, a group of works exploring one idea, place or technique. Buying two or more from one series makes a strong grouping on a wall. Titles numbered I, II, III usually mark a series.",
    ["series", "collecting", "hanging"],
  ),
  c(
    "scale-and-space",
    "Choosing a size for a room",
    "A work for above a sofa or bed usually looks right at about two thirds of the furniture's width. Measure the wall and mark the size with masking tape or paper before buying. Small works want to be seen close, in corridors or groups; large works need distance.",
    ["size", "interior", "home", "hanging"],
  ),
  c(
    "colour-in-interiors",
    "Art and the colours of a room",
    "Art does not need to match the sofa, but colour links help: a print that picks up one accent colour in the room feels at home. Neutral walls suit most work; deep colours make gilded frames and bright paintings glow. Think about the light the room gets through the day.",
    ["colour", "interior", "home"],
  ),
  c(
    "rotating-a-collection",
    "Rotating and storing a collection",
    "Museums rotate works on paper every few months to limit light exposure, and collectors can do the same. Rotating also keeps a home collection fresh. Works resting in storage should be wrapped in acid-free materials and kept flat or upright, not leaning on their faces.",
    ["storage", "collection", "light", "care"],
  ),
  c(
    "collection-inventory",
    "Keeping a collection inventory",
    "An inventory lists each work with a photograph, artist, title, date, medium, size, price paid, where and when you bought it, and its certificate and condition notes. It is what insurers, heirs and future buyers will ask for. A simple spreadsheet with scans of the paperwork is enough.",
    ["inventory", "provenance", "insurance", "records"],
  ),
  c(
    "open-studios",
    "Open studios and studio visits",
    "Open studios let you meet artists where they work, see work in progress and buy directly. Ask about techniques and materials; most artists enjoy explaining them. A studio visit is also a good way to discuss a commission.",
    ["artists", "buying", "commission"],
  ),
  c(
    "art-fairs",
    "Art fairs",
    "Art fairs gather many galleries in one place for a few days, from vast international fairs to small regional ones. They are a fast way to compare prices and see many artists. Prices are usually negotiable only slightly, and popular works sell on the first day.",
    ["buying", "galleries", "market"],
  ),
  c(
    "frame-choice",
    "Choosing a frame",
    "A frame should protect the work and then get out of its way. Thin wooden or metal frames with a generous white mount suit most works on paper; paintings on canvas may be framed, floated in a tray frame or hung unframed with painted edges. Ask for conservation materials, since the frame touches the work every day.",
    ["framing", "mount", "display"],
    [MOMA, "Fine Art Trade Guild: standards"],
  ),
];
