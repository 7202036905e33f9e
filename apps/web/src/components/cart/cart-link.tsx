import Link from "next/link";

/**
 * The header's cart link with how many works are in it (visitors too: their cookie's cart). The count is
 * rendered with the page (cart.count); whatever changes the cart calls router.refresh() to update it.
 */
export function CartLink({ count }: { count: number }) {
  return (
    <Link
      href="/cart"
      className="relative inline-flex h-10 w-10 items-center justify-center rounded-full text-ink hover:bg-paper-deep"
      aria-label={count ? `Cart, ${count} ${count === 1 ? "work" : "works"}` : "Cart"}
      data-testid="cart-link"
    >
      <svg aria-hidden viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
        <path d="M5 7h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9L5 7Z" />
        <path d="M9 7a3 3 0 0 1 6 0" />
      </svg>
      {count ? (
        <span
          className="absolute -top-0.5 -right-0.5 min-w-5 rounded-full bg-accent px-1.5 text-center text-xs leading-5 font-medium text-white"
          data-testid="cart-count"
        >
          {count}
        </span>
      ) : null}
    </Link>
  );
}
