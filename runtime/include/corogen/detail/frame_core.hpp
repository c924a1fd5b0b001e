//===- corogen/detail/frame_core.hpp - The untyped part of a frame -*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The part of every generator frame that does not depend on the yielded,
/// sent or returned types: its state, its resume point, the exception to
/// raise there, and the links of a delegation chain (PEP 380).
///
/// Every member is spelled `corogen_*`: generated frames derive from these
/// classes and the user's code runs inside their member functions, so any
/// other name here could hide a name the user's code means.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_DETAIL_FRAME_CORE_HPP
#define COROGEN_DETAIL_FRAME_CORE_HPP

#include "corogen/errors.hpp"

#include <exception>

namespace corogen {
namespace detail {

struct frame_core;

/// Runs a frame's body from its resume point to the next suspension or to its
/// end. Exceptions that escape the body escape this call, after the frame has
/// destroyed its locals and parameters and become closed.
using resume_fn = void (*)(frame_core *);
/// Destroys what is still alive in a frame, then frees it; never throws.
/// (Not spelled `noexcept`: C++14 allows no exception specification here.)
using destroy_fn = void (*)(frame_core *);

/// What a resumed frame must raise at its resume point.
enum class raise_kind : unsigned char {
  none,      ///< nothing: resume normally
  exception, ///< `corogen_exception` (throw_exception, or a sub-generator's)
  exit       ///< generator_exit, from close()
};

struct frame_core {
  frame_core(resume_fn resume, destroy_fn destroy, bool has_handlers) noexcept
      : corogen_resume_fn(resume), corogen_destroy_fn(destroy),
        corogen_has_handlers(has_handlers) {}
  frame_core(const frame_core &) = delete;
  frame_core &operator=(const frame_core &) = delete;
  ~frame_core() { corogen_release_sub(); }

  resume_fn corogen_resume_fn;
  destroy_fn corogen_destroy_fn;

  // Delegation. A chain runs from its root (the frame the consumer drives)
  // through each delegator to the innermost frame, which alone runs; the root
  // points at it, so resuming costs O(1) whatever the depth (the layout of
  // cppcoro's recursive_generator and P2502's std::generator).

  /// The frame delegating to this one, if any.
  frame_core *corogen_parent = nullptr;
  /// The root of the chain this frame is delegated to in; nullptr if none.
  frame_core *corogen_root = nullptr;
  /// In a root: the innermost frame of its chain; nullptr while it runs itself.
  frame_core *corogen_leaf = nullptr;
  /// The frame this one delegates to, until the delegator has read its result.
  frame_core *corogen_sub = nullptr;
  /// Set when this frame owns `corogen_sub` (it was a temporary).
  destroy_fn corogen_sub_owner = nullptr;

  /// The exception to raise at the resume point when `corogen_raise` says so.
  std::exception_ptr corogen_exception;
  /// The value sent to the pending yield (an `S*`); nullptr for next(), whose
  /// yield receives a value-initialised `S` (Python's None).
  void *corogen_sent = nullptr;
  /// Where the body resumes: 0 is its start, each suspension has its number.
  unsigned corogen_point = 0;
  /// Generated frames: the innermost live local (or parameter) that has a
  /// destructor, 0 if none; the frame's unwinder destroys from here outwards.
  unsigned corogen_live = 0;
  gen_state corogen_state = gen_state::created;
  raise_kind corogen_raise = raise_kind::none;
  /// Whether the body has handlers that a raised exception could reach; if
  /// not, a raise destroys the locals without running the body.
  bool corogen_has_handlers;
  /// Finished by returning: the result is there to read.
  bool corogen_returned = false;
  /// A yielded value is engaged.
  bool corogen_has_value = false;
  /// Set while close() raises generator_exit in this frame: yielding then is
  /// "generator ignored GeneratorExit".
  bool corogen_closing = false;

  bool corogen_finished() const noexcept { return corogen_state == gen_state::closed; }
  bool corogen_delegating() const noexcept {
    return corogen_sub != nullptr && !corogen_sub->corogen_finished();
  }
  frame_core *corogen_chain_root() noexcept {
    return corogen_root != nullptr ? corogen_root : this;
  }
  /// The frame that runs when this one is resumed.
  frame_core *corogen_innermost() noexcept {
    if (!corogen_delegating())
      return this;
    frame_core *root = corogen_chain_root();
    return root->corogen_leaf != nullptr ? root->corogen_leaf : root;
  }
  /// The state as the consumer sees it: a delegating frame is running or
  /// suspended as the frame it delegates to is (SPEC section 5).
  gen_state corogen_observed_state() noexcept {
    if (corogen_state != gen_state::suspended || !corogen_delegating())
      return corogen_state;
    return corogen_innermost()->corogen_state;
  }

  /// Arranges for `e` to be raised at this frame's resume point.
  void corogen_raise_exception(std::exception_ptr e) noexcept {
    corogen_exception = std::move(e);
    corogen_raise = raise_kind::exception;
  }
  void corogen_raise_exit() noexcept {
    corogen_raise = raise_kind::exit;
    corogen_closing = true;
  }
  /// Called by a body where it resumes: raises what is pending there.
  void corogen_raise_if_pending() {
    if (corogen_raise == raise_kind::none)
      return;
    corogen_raise_pending();
  }
  [[noreturn]] void corogen_raise_pending() {
    raise_kind k = corogen_raise;
    corogen_raise = raise_kind::none;
    if (k == raise_kind::exit)
      throw generator_exit{};
    std::exception_ptr e = std::move(corogen_exception);
    corogen_exception = nullptr;
    std::rethrow_exception(e);
  }

  /// Makes `sub` (which runs, or has not started) the frame this one
  /// delegates to; `owner` destroys it if this frame owns it.
  void corogen_link_sub(frame_core *sub, destroy_fn owner) noexcept {
    corogen_release_sub();
    corogen_sub = sub;
    corogen_sub_owner = owner;
    sub->corogen_parent = this;
    frame_core *root = corogen_chain_root();
    // `sub` may itself be delegating: its frames join this chain.
    frame_core *inner = sub->corogen_innermost();
    for (frame_core *f = sub; f != nullptr; f = f->corogen_delegating() ? f->corogen_sub : nullptr)
      f->corogen_root = root;
    sub->corogen_leaf = nullptr;
    root->corogen_leaf = inner;
  }
  /// Detaches this finished frame from the chain it was delegated to in and
  /// returns its delegator, which becomes the innermost frame.
  frame_core *corogen_unlink_from_parent() noexcept {
    frame_core *parent = corogen_parent;
    frame_core *root = corogen_root;
    corogen_parent = nullptr;
    corogen_root = nullptr;
    root->corogen_leaf = parent == root ? nullptr : parent;
    return parent;
  }
  /// Forgets the sub-frame, destroying it if this frame owns it.
  void corogen_release_sub() noexcept {
    frame_core *sub = corogen_sub;
    destroy_fn owner = corogen_sub_owner;
    corogen_sub = nullptr;
    corogen_sub_owner = nullptr;
    if (sub != nullptr && owner != nullptr)
      owner(sub);
  }
};

} // namespace detail
} // namespace corogen

#endif // COROGEN_DETAIL_FRAME_CORE_HPP
