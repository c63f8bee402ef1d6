export { Button, ButtonLink, type ButtonLinkProps, type ButtonProps, type ButtonVariant } from './button.tsx';
export { Dialog, type DialogProps } from './dialog.tsx';
export { Disclosure, type DisclosureProps } from './disclosure.tsx';
export { ErrorSummary, type ErrorSummaryProps, type FieldError } from './error-summary.tsx';
export { Field, type FieldControlProps, type FieldProps } from './field.tsx';
export { ArrowIcon, NotYetIcon, RightIcon, TipIcon, WarningIcon } from './icons.tsx';
export { useDisclosure, type DisclosureState, type DisclosureButtonProps, type DisclosurePanelProps } from './use-disclosure.ts';
