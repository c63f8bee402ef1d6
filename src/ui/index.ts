/*
 * The shared building blocks. Code in the start page's download imports
 * Button, ButtonLink and ArrowIcon from their own files instead: everything
 * the start page imports goes into its one chunk (scripts/start-chunk-plugin.ts),
 * and through this index that would be every block, used there or not.
 */
export { Button, ButtonLink, type ButtonLinkProps, type ButtonProps, type ButtonVariant } from './button.tsx';
export { Dialog, type DialogProps } from './dialog.tsx';
export { Disclosure, type DisclosureProps } from './disclosure.tsx';
export { ErrorSummary, type ErrorSummaryProps, type FieldError } from './error-summary.tsx';
export { Field, type FieldControlProps, type FieldProps } from './field.tsx';
export { ArrowIcon } from './arrow-icon.tsx';
export { NotYetIcon, RightIcon, TipIcon, WarningIcon } from './icons.tsx';
export { useDisclosure, type DisclosureState, type DisclosureButtonProps, type DisclosurePanelProps } from './use-disclosure.ts';
export { LazyQrCode, QrPicture, qrDrawing, qrOptions, type LazyQrCodeProps, type QrDrawing, type QrPictureProps } from './qr-code.tsx';
