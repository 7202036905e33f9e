import base from "@atelier/eslint-config/base";

export default [...base];
