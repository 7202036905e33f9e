// The local Stripe sandbox (issue 4). Implementation lands in feat/sandbox.
export {};
