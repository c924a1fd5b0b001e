//===- corogen/corogen.hpp - The corogen runtime ----------------*- C++ -*-===//
//
// Part of corogen, under the MIT licence.
//
//===----------------------------------------------------------------------===//
///
/// \file
/// The one header users include: the generator handle and its protocol, the
/// support that generated frames derive from, and the markers of an
/// annotated source.
///
//===----------------------------------------------------------------------===//

#ifndef COROGEN_COROGEN_HPP
#define COROGEN_COROGEN_HPP

#include "corogen/errors.hpp"
#include "corogen/generator.hpp"
#include "corogen/detail/bindings.hpp"
#include "corogen/detail/box.hpp"
#include "corogen/detail/delegation.hpp"
#include "corogen/detail/pack.hpp"
#include "corogen/markers.hpp"

#endif // COROGEN_COROGEN_HPP
