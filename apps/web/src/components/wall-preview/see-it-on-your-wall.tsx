"use client";

import { renderWallPreviewSchema } from "@atelier/core/schemas/wall-preview";
import { FRAME_IDS, FRAMES, type FrameId } from "@atelier/core/wall-preview/frames";
import { firstPlacement, listSampleRooms, SAMPLE_ROOMS, type SampleRoomId } from "@atelier/core/wall-preview/sample-rooms";
import {
  clampCentre,
  framedSizeCm,
  layoutOnWall,
  ScaleProblem,
  type Calibration,
  type LengthUnit,
  type Point,
  type WallLayout,
} from "@atelier/core/wall-preview/scale";
import { Button } from "@atelier/ui";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { serverFieldErrors, zodFieldErrors, type FieldErrorMap } from "~/lib/field-errors";
import { useTRPC } from "~/trpc/react";
import { RoomPicker } from "./room-picker";
import { ScaleControls, toTenths, type ScaleMode } from "./scale-controls";
import { WallCanvas } from "./wall-canvas";
import { WallResult } from "./wall-result";

export interface WallArtwork {
  id: string;
  title: string;
  widthTenths: number;
  heightTenths: number;
  dimensionUnit: string;
  /** a stored variant of the work's primary picture */
  pictureUrl: string;
  /** "40 × 50 cm" */
  sizeLabel: string;
}

const samples = listSampleRooms();
type OwnRoom = { id: string; name: string; width: number; height: number; photoUrl: string; thumbUrl: string; calibration: Calibration | null };

/** "See it on your wall": pick a sample room or a photo of your own wall, give its scale, place the work, choose a frame, render. */
export function SeeItOnYourWall({ artwork, signedIn, returnTo }: { artwork: WallArtwork; signedIn: boolean; returnTo: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rooms = useQuery({ ...trpc.wall.rooms.queryOptions(), enabled: signedIn });
  const render = useMutation(trpc.wall.render.mutationOptions());
  const [selected, setSelected] = useState<string>(`sample:${samples[0]!.id}`);
  const [frame, setFrame] = useState<FrameId>("none");
  const [centre, setCentre] = useState<Point | null>(null);
  const [scaleMode, setScaleMode] = useState<ScaleMode>("points");
  const [marks, setMarks] = useState<Point[]>([]);
  const [length, setLength] = useState("");
  const [unit, setUnit] = useState<LengthUnit>(artwork.dimensionUnit === "IN" ? "IN" : "CM");
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [uploading, setUploading] = useState(false);

  const own: OwnRoom[] = rooms.data ?? [];
  const sample = selected.startsWith("sample:") ? SAMPLE_ROOMS[selected.slice(7) as SampleRoomId] : null;
  const ownRoom = sample ? null : (own.find((r) => `photo:${r.id}` === selected) ?? null);
  const photo = sample
    ? { url: samples.find((s) => s.id === sample.id)!.photoUrl, width: sample.width, height: sample.height, alt: `${sample.name} (sample room)` }
    : ownRoom
      ? { url: ownRoom.photoUrl, width: ownRoom.width, height: ownRoom.height, alt: `Your photo: ${ownRoom.name}` }
      : null;

  const calibration: Calibration | null = sample
    ? sample.calibration
    : scaleMode === "photoWidth"
      ? { kind: "photoWidth", widthTenths: toTenths(length), unit }
      : marks.length === 2
        ? { kind: "points", a: marks[0]!, b: marks[1]!, lengthTenths: toTenths(length), unit }
        : null;

  // the framed work's size on this photo, and where it goes first
  const placed = ((): { layout: WallLayout | null; problem: string | null } => {
    if (!photo || !calibration || Number.isNaN(calibration.kind === "points" ? calibration.lengthTenths : calibration.widthTenths))
      return { layout: null, problem: null };
    try {
      const first = sample ? firstPlacement(sample, outerOf(photo, calibration)) : { x: 0.5, y: 0.4 };
      return { layout: layoutOnWall({ photo, calibration, artwork, frame, centre: centre ?? first }), problem: null };
    } catch (e) {
      if (e instanceof ScaleProblem) return { layout: null, problem: e.message };
      return { layout: null, problem: null };
    }
    function outerOf(p: { width: number; height: number }, c: Calibration) {
      const probe = layoutOnWall({ photo: p, calibration: c, artwork, frame, centre: { x: 0.5, y: 0.5 } });
      return { width: probe.outer.width, height: probe.outer.height };
    }
  })();

  function choose(key: string) {
    setSelected(key);
    setCentre(null);
    setErrors({});
    render.reset();
    const room = own.find((r) => `photo:${r.id}` === key);
    const stored = room?.calibration;
    if (stored?.kind === "points") {
      setScaleMode("points");
      setMarks([stored.a, stored.b]);
      setLength(String(stored.lengthTenths / 10));
      setUnit(stored.unit);
    } else if (stored?.kind === "photoWidth") {
      setScaleMode("photoWidth");
      setMarks([]);
      setLength(String(stored.widthTenths / 10));
      setUnit(stored.unit);
    } else {
      setScaleMode("points");
      setMarks([]);
      setLength("");
    }
  }

  async function upload(file: File) {
    setUploading(true);
    setErrors({});
    try {
      const form = new FormData();
      form.set("file", file);
      const res = await fetch("/api/wall/rooms", { method: "POST", body: form });
      const body = (await res.json().catch(() => null)) as { room?: OwnRoom; error?: { message?: string } } | null;
      if (!res.ok || !body?.room) return setErrors({ upload: body?.error?.message ?? `The upload failed (${res.status}). Try again.` });
      await queryClient.invalidateQueries({ queryKey: trpc.wall.rooms.queryKey() });
      choose(`photo:${body.room.id}`);
    } catch {
      setErrors({ upload: "The connection was lost. Check your network and try again." });
    } finally {
      setUploading(false);
    }
  }

  async function submit() {
    const parsed = renderWallPreviewSchema.safeParse({
      artworkId: artwork.id,
      room: sample ? { kind: "sample", sampleId: sample.id } : { kind: "photo", roomPhotoId: ownRoom?.id ?? "" },
      calibration: calibration ?? { kind: "points" },
      placement: placed.layout?.centre ?? centre ?? { x: 0.5, y: 0.4 },
      frame,
    });
    if (!parsed.success) return setErrors(zodFieldErrors(parsed.error));
    setErrors({});
    try {
      await render.mutateAsync(parsed.data);
    } catch (err) {
      const fields = serverFieldErrors(err);
      setErrors(Object.keys(fields).length ? fields : { _form: err instanceof Error ? err.message : "Something went wrong. Please try again." });
    }
  }

  const scaleError =
    placed.problem ??
    Object.entries(errors)
      .filter(([k]) => k.startsWith("calibration"))
      .map(([, v]) => v)[0];
  const needsMarks = !sample && scaleMode === "points" && marks.length < 2;
  const outerCm = framedSizeCm(artwork, frame).outer;

  return (
    <section aria-labelledby="wall-heading" className="mt-8 rounded-2xl border border-line bg-white/60 p-4 sm:p-6" data-testid="see-it-on-your-wall">
      <h2 id="wall-heading" className="text-xl">
        See it on your wall
      </h2>
      <p className="mt-1 text-sm text-ink-soft">
        Try {artwork.title} ({artwork.sizeLabel}) at true size in a sample room, or on a photo of your own wall. Your photos stay private to you.
      </p>
      <div className="mt-4">
        <RoomPicker
          samples={samples.map((s) => ({ key: `sample:${s.id}`, name: s.name, thumbUrl: s.thumbUrl }))}
          own={own.map((r) => ({ key: `photo:${r.id}`, name: r.name, thumbUrl: r.thumbUrl }))}
          selected={selected}
          onSelect={choose}
          signedIn={signedIn}
          returnTo={returnTo}
          uploading={uploading}
          onUpload={upload}
        />
        {errors.upload ? (
          <p role="alert" className="mt-1 text-sm text-accent-deep">
            {errors.upload}
          </p>
        ) : null}
      </div>
      {photo ? (
        <div className="mt-3 space-y-3">
          <WallCanvas
            photo={photo}
            layout={placed.layout}
            frame={frame}
            pictureUrl={artwork.pictureUrl}
            title={artwork.title}
            mode={needsMarks ? "mark" : "place"}
            marks={sample ? [] : scaleMode === "points" ? marks : []}
            markLabel={length.trim() ? `${length.trim()} ${unit === "IN" ? "in" : "cm"}` : null}
            onPlace={(p) => {
              setCentre(placed.layout ? clampCentre(p, placed.layout.outer) : p);
              render.reset();
            }}
            onMark={(p) => setMarks((m) => (m.length >= 2 ? [p] : [...m, p]))}
          />
          <p className="text-xs text-muted" data-testid="wall-scale-note">
            {sample
              ? `${sample.scaleNote} Drag the work, or tap where it should hang.`
              : placed.layout
                ? "Drag the work, or tap where it should hang."
                : "Give the scale below to see the work on your photo."}{" "}
            With the frame it is {Math.round(outerCm.width)} × {Math.round(outerCm.height)} cm.
          </p>
          {!sample ? (
            <ScaleControls
              mode={scaleMode}
              onMode={(m) => {
                setScaleMode(m);
                setErrors({});
              }}
              marks={marks.length}
              onClearMarks={() => setMarks([])}
              length={length}
              onLength={setLength}
              unit={unit}
              onUnit={setUnit}
              error={scaleError}
            />
          ) : scaleError ? (
            <p role="alert" className="text-sm text-accent-deep">
              {scaleError}
            </p>
          ) : null}
          <fieldset>
            <legend className="text-sm font-medium text-ink">Frame</legend>
            <div role="radiogroup" aria-label="Frame" className="mt-2 flex flex-wrap gap-2">
              {FRAME_IDS.map((f) => (
                <button
                  key={f}
                  type="button"
                  role="radio"
                  aria-checked={frame === f}
                  onClick={() => {
                    setFrame(f);
                    render.reset();
                  }}
                  className={`rounded-full border px-3 py-1.5 text-sm ${frame === f ? "border-ink bg-ink text-paper" : "border-line bg-white text-ink-soft hover:border-ink/40"}`}
                >
                  {FRAMES[f].label}
                </button>
              ))}
            </div>
          </fieldset>
          <Button type="button" onClick={submit} disabled={render.isPending || !placed.layout} className="w-full sm:w-auto">
            {render.isPending ? "Rendering…" : "Render the preview"}
          </Button>
          {errors._form || errors.placement || errors.frame ? (
            <p role="alert" className="text-sm text-accent-deep">
              {errors._form ?? errors.placement ?? errors.frame}
            </p>
          ) : null}
          {render.data ? <WallResult preview={render.data} title={artwork.title} ownRoom={!sample} /> : null}
        </div>
      ) : null}
      {signedIn && own.length ? (
        <p className="mt-3 text-xs text-muted">
          <Link href="/account/rooms" className="underline underline-offset-4 hover:text-ink">
            Manage your room photos
          </Link>
        </p>
      ) : null}
    </section>
  );
}
