#pragma once
// Umbrella header: everything a user of warta needs.

#include "warta/article.hpp"
#include "warta/datetime.hpp"
#include "warta/parse.hpp"
#include "warta/profile.hpp"
#include "warta/render.hpp"
#include "warta/version.hpp"
