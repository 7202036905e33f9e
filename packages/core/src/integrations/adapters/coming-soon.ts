import type { IntegrationAdapter } from "../adapter.ts";

const soon = (id: string, name: string, description: string): IntegrationAdapter => ({
  id,
  name,
  logo: `/integrations/${id}.svg`,
  description,
  category: "commerce",
  connection: { kind: "coming-soon" },
});

export const comingSoonAdapters: IntegrationAdapter[] = [
  soon("shopify", "Shopify", "Sell your Atelier works in your Shopify store, with stock kept in step."),
  soon("square", "Square", "Take in-person payments at fairs and openings, and see them beside your Atelier sales."),
  soon("medusa", "Medusa", "Connect your own Medusa storefront to your Atelier catalogue."),
];
