import base from "@atelier/eslint-config/base";

export default [...base, { ignores: ["next-env.d.ts"] }];
