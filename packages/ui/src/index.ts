export { cn } from "./cn.ts";
export { Button, buttonClass } from "./button.tsx";
export { TextField, TextAreaField } from "./field.tsx";
export { Card, Badge, Alert } from "./card.tsx";
