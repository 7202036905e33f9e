import base from "@atelier/eslint-config/base";

// Dev tooling orchestrates processes and passes the environment through to them on purpose.
export default [...base, { rules: { "no-restricted-properties": "off" } }];
