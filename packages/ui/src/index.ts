export { cn } from "./cn.ts";
export { containerClass } from "./container.ts";
export { Button, buttonClass } from "./button.tsx";
export { TextField, TextAreaField, SelectField } from "./field.tsx";
export { Card, Badge, Alert } from "./card.tsx";
