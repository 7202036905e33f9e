import { describe, expect, it } from "vitest";
import { OfflineLanguageModel } from "./offline/model.ts";
import { languageModelFromSettings, providerLabel } from "./providers.ts";
import { aiSettingsFromEnv } from "./settings.ts";
import { imageModelFromSettings } from "./image-models.ts";

const offline = () => new OfflineLanguageModel(() => ({ kind: "text", text: "offline" }));

describe("which model answers", () => {
  it("is Gemini when a Google key is set (no request is made to build it)", () => {
    const settings = aiSettingsFromEnv({ GOOGLE_GENERATIVE_AI_API_KEY: "test-key" });
    expect(settings).toMatchObject({ kind: "google", model: "gemini-2.5-flash", embeddingModel: "gemini-embedding-001" });
    const model = languageModelFromSettings(settings, offline);
    expect(model.provider).toMatch(/google/);
    expect(model.modelId).toBe("gemini-2.5-flash");
    expect(providerLabel(settings)).toEqual({ kind: "google", label: "Gemini (gemini-2.5-flash)", offline: false });
  });

  it("is an OpenAI-compatible endpoint (e.g. Ollama) when AI_BASE_URL and AI_MODEL are set", () => {
    const settings = aiSettingsFromEnv({ AI_BASE_URL: "http://localhost:11434/v1", AI_MODEL: "llama3.1", AI_EMBEDDING_MODEL: "nomic-embed-text" });
    const model = languageModelFromSettings(settings, offline);
    expect(model.provider).toMatch(/openai-compatible/);
    expect(model.modelId).toBe("llama3.1");
    expect(providerLabel(settings).label).toBe("llama3.1 at localhost:11434");
  });

  it("is the offline assistant otherwise (blank values count as unset), and says so", () => {
    const settings = aiSettingsFromEnv({ GOOGLE_GENERATIVE_AI_API_KEY: "", AI_BASE_URL: "http://localhost:11434/v1" });
    expect(settings).toEqual({ kind: "offline" });
    expect(languageModelFromSettings(settings, offline)).toBeInstanceOf(OfflineLanguageModel);
    expect(providerLabel(settings)).toEqual({ kind: "offline", label: "Offline assistant", offline: true });
  });

  it("rejects a malformed endpoint with the variable's name", () => {
    expect(() => aiSettingsFromEnv({ AI_BASE_URL: "not a url", AI_MODEL: "x" })).toThrow(/AI_BASE_URL/);
  });
});

describe("which image model renders wall previews", () => {
  it("is Gemini's image model with a Google key, AI_IMAGE_MODEL on an OpenAI-compatible endpoint, none offline", () => {
    const google = imageModelFromSettings(aiSettingsFromEnv({ GOOGLE_GENERATIVE_AI_API_KEY: "test-key" }));
    expect(google?.modelId).toBe("gemini-2.5-flash-image");
    expect(google?.provider).toMatch(/google/);
    expect(imageModelFromSettings(aiSettingsFromEnv({ GOOGLE_GENERATIVE_AI_API_KEY: "k", AI_IMAGE_MODEL: "gemini-3-pro-image-preview" }))?.modelId).toBe(
      "gemini-3-pro-image-preview",
    );
    expect(imageModelFromSettings(aiSettingsFromEnv({ AI_BASE_URL: "http://localhost:8080/v1", AI_MODEL: "llama3.1" }))).toBeNull();
    expect(imageModelFromSettings(aiSettingsFromEnv({ AI_BASE_URL: "http://localhost:8080/v1", AI_MODEL: "llama3.1", AI_IMAGE_MODEL: "flux" }))?.modelId).toBe(
      "flux",
    );
    expect(imageModelFromSettings(aiSettingsFromEnv({}))).toBeNull();
  });
});
